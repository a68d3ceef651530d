package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort import --mapping docs/examples/account-mapping.json accounts.csv}, through picocli. */
class ImportAccountMappingCommandTest {

    private static final String LOG_ROW = "{\"request_id\":\"r-%d\",\"startTime\":\"2026-04-01 10:00:0%d.000000\","
            + "\"user\":\"acct-1\",\"model\":\"gpt-4o\",\"prompt_tokens\":3,\"completion_tokens\":4,"
            + "\"status\":\"success\",\"messages\":\"[]\",\"response\":\"{}\"}\n";

    @TempDir
    Path dir;

    private Path caseFile;

    @BeforeEach
    void caseWithAnAccountSeenInLogs() throws Exception {
        caseFile = dir.resolve("c.retort");
        assertEquals(0, CliRunner.run("case", "create", caseFile.toString()).exitCode());
        Path log = Files.writeString(dir.resolve("spend.jsonl"), String.format(LOG_ROW, 1, 1)
                + String.format(LOG_ROW, 2, 2));
        assertEquals(0, CliRunner.run("import", "--quiet", "--case", caseFile.toString(), log.toString()).exitCode());
    }

    private static Path exampleMapping() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs/examples/account-mapping.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no docs/examples/account-mapping.json above " + Path.of("").toAbsolutePath());
    }

    private CliRunner importWith(Path mapping, Path file) {
        return CliRunner.run("import", "--quiet", "--case", caseFile.toString(), "--mapping", mapping.toString(),
                file.toString());
    }

    @Test
    void accountMappingImportsTheExportAndMergesItWithTheLogAccount() throws Exception {
        Path export = Files.writeString(dir.resolve("accounts.csv"), """
                uid;signup_ts;mail;cc_hash;geo;tenant;kyc_ok
                acct-1;01.03.2026 09:30;a@example.com;card_9;US;org-7;yes
                acct-2;02.03.2026 10:00;b@example.com;card_9;US;org-7;no
                acct-3;someday;c@example.com;card_9;US;org-7;no
                """);
        CliRunner r = importWith(exampleMapping(), export);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("accounts.csv [accounts]: 1 new, 1 merged, 0 duplicate, 1 quarantined; 4 lines"),
                r.out());
        assertTrue(r.out().contains("1 x bad timestamp 'someday' in created_at (first at line 4)"), r.out());
        try (CaseFile c = CaseFile.open(caseFile);
             PreparedStatement ps = c.connection().prepareStatement(
                     "SELECT email, country, verified, exchange_count FROM accounts WHERE account = 'acct-1'");
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("a@example.com", rs.getString(1));
            assertEquals("US", rs.getString(2));
            assertEquals(1, rs.getInt(3));
            assertEquals(2, rs.getInt(4), "the log's counter is kept");
        }
    }

    @Test
    void exportLackingAMappedColumnIsRefusedNamingTheFileAndTheColumn() throws Exception {
        Path export = Files.writeString(dir.resolve("no-kyc.csv"), """
                uid;signup_ts;mail;cc_hash;geo;tenant
                acct-1;01.03.2026 09:30;a@example.com;card_9;US;org-7
                """);
        CliRunner r = importWith(exampleMapping(), export);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.out().contains("refused") && r.out().contains("no-kyc.csv")
                && r.out().contains("mapped column(s) [kyc_ok] not in the header"), r.out());
    }

    @Test
    void unknownKeyInTheMappingIsAOneLineErrorNamingTheMappingFile() throws Exception {
        Path mapping = Files.writeString(dir.resolve("typo.json"),
                "{\"version\":1,\"kind\":\"accounts\",\"columns\":{\"account_id\":\"uid\",\"kyc\":\"kyc_ok\"}}");
        Path export = Files.writeString(dir.resolve("accounts.csv"), "uid;kyc_ok\nacct-1;yes\n");
        CliRunner r = importWith(mapping, export);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("typo.json") && r.err().contains("unknown field 'kyc'"), r.err());
    }
}
