package dev.retort.importers.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.FileResult;
import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.importers.ImportSummary;
import dev.retort.importers.golden.GoldenJson;
import dev.retort.importers.io.Json;
import dev.retort.importers.mapping.ExampleMappings;
import dev.retort.importers.mapping.SavedMapping;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account exports imported into a real case through the saved mapping in {@code docs/examples/account-mapping.json}
 * (';'-delimited, renamed columns, day.month.year times in Berlin).
 */
class MappedAccountImportTest {

    private static final String HEADER = "uid;signup_ts;mail;cc_hash;geo;tenant;kyc_ok\n";

    @TempDir
    Path dir;

    private static ImportSummary importWithMapping(CaseFile c, Path file) throws Exception {
        SavedMapping m = SavedMapping.load(ExampleMappings.accounts());
        return new ImportService(c, Formats.installed(), IngestOptions.DEFAULTS).run(new ImportService.Request(
                List.of(file), m.format(), "{\"mapping\":" + m.toJson() + "}", true), Progress.NONE);
    }

    private CaseFile caseWithLogAccounts() {
        CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test");
        try {
            // 74 exchanges: acct-0 .. acct-36, two each.
            Path log = SpendLogs.write(dir.resolve("spend.jsonl"), 1, 74, 0);
            new ImportService(c, Formats.installed(), IngestOptions.DEFAULTS)
                    .run(new ImportService.Request(List.of(log), null, "{}", true), Progress.NONE);
        } catch (Exception e) {
            c.close();
            throw new IllegalStateException(e);
        }
        return c;
    }

    @Test
    void renamedSemicolonExportMergesWithAccountsSeenInLogs() throws Exception {
        Path golden = Path.of(getClass().getResource("/accounts-mapped/case-1.csv").toURI());
        Path export = Files.copy(golden, dir.resolve("billing-accounts.csv"));
        JsonNode expected = Json.MAPPER.readTree(Files.readString(
                golden.resolveSibling("case-1.expected.json")));
        try (CaseFile c = caseWithLogAccounts()) {
            ImportSummary s = importWithMapping(c, export);
            FileResult r = s.files().get(0);
            ObjectNode actual = Json.MAPPER.createObjectNode();
            actual.put("outcome", r.outcome().name());
            actual.put("format", r.format());
            actual.put("new", r.counts().imported());
            actual.put("merged", r.counts().merged());
            actual.put("quarantined", r.counts().quarantined());
            actual.set("accounts", accounts(c, "acct-0", "acct-1", "acct-2", "acct-new"));
            assertEquals(GoldenJson.pretty(expected), GoldenJson.pretty(actual));
            assertEquals(38, ImportServiceTest.scalar(c, "SELECT count(*) FROM accounts"));
            assertEquals(74, ImportServiceTest.scalar(c, "SELECT sum(exchange_count) FROM accounts"));
        }
    }

    @Test
    void sourceParamsRecordTheAccountMapping() throws Exception {
        Path export = Files.writeString(dir.resolve("a.csv"), HEADER + "acct-1;01.03.2026 09:30;;;;;\n");
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            importWithMapping(c, export);
            JsonNode params;
            try (PreparedStatement ps = c.connection().prepareStatement("SELECT params_json FROM sources");
                 ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                params = Json.MAPPER.readTree(rs.getString(1));
            }
            assertEquals("accounts", params.path("mapping").path("kind").asText());
            assertEquals("uid", params.path("mapping").path("columns").path("account_id").asText());
        }
    }

    @Test
    void malformedRowsAreQuarantinedWithTheirLineAndReasonAndTheGoodRowKept() throws Exception {
        Path export = Files.writeString(dir.resolve("bad.csv"), HEADER
                + "acct-1;01.03.2026 09:30;a@example.com;card_1;US;;yes\n"       // 2 good
                + "acct-2;2026-03-01T09:30:00Z;b@example.com;card_1;US;;yes\n"   // 3 not the mapping's time format
                + "acct-3;yesterday;c@example.com;card_1;US;;yes\n"               // 4 not a time
                + "acct-4;01.03.2026 09:30;d@example.com;card_1;US;;perhaps\n"   // 5 bad verified
                + "acct-5;01.03.2026 09:30;e@example.com\n"                      // 6 short row
                + ";01.03.2026 09:30;f@example.com;card_1;US;;yes\n"             // 7 no id
                + "  ;01.03.2026 09:30;g@example.com;card_1;US;;yes\n"           // 8 blank id
                + "acct-6;01.03.2026 09:30;h@example.com;card_1;US;;no;extra\n"  // 9 long row
                + "acct-7;\"01.03.2026 09:30;i@example.com;card_1;US;;no\n");    // 10 quote never closed
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            FileResult r = importWithMapping(c, export).files().get(0);
            assertEquals(FileResult.Outcome.IMPORTED, r.outcome());
            assertEquals(1, r.counts().imported());
            assertEquals(8, r.counts().quarantined());
            assertEquals(10, r.counts().linesRead());
            assertEquals(1, ImportServiceTest.scalar(c, "SELECT count(*) FROM accounts"));
            Map<Long, String> byLine = new LinkedHashMap<>();
            try (PreparedStatement ps = c.connection().prepareStatement(
                    "SELECT line, reason FROM quarantine ORDER BY line"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byLine.put(rs.getLong(1), rs.getString(2));
                }
            }
            assertEquals(Map.of(
                    3L, "bad timestamp '2026-03-01T09:30:00Z' in created_at",
                    4L, "bad timestamp 'yesterday' in created_at",
                    5L, "bad verified value 'perhaps'",
                    6L, "expected 7 columns, found 3",
                    7L, "no account id",
                    8L, "no account id",
                    9L, "expected 7 columns, found 8",
                    10L, "unterminated quoted field at end of file"), byLine);
        }
    }

    @Test
    void emptyExportAndHeaderOnlyExportImportNoAccounts() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path headerOnly = Files.writeString(dir.resolve("header-only.csv"), HEADER);
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            assertEquals(FileResult.Outcome.EMPTY, importWithMapping(c, empty).files().get(0).outcome());
            FileResult r = importWithMapping(c, headerOnly).files().get(0);
            assertEquals(FileResult.Outcome.IMPORTED, r.outcome());
            assertEquals(0, r.counts().imported() + r.counts().quarantined());
            assertEquals(0, ImportServiceTest.scalar(c, "SELECT count(*) FROM accounts"));
        }
    }

    @Test
    void exportLackingAMappedColumnIsRefusedByNameBeforeAnythingIsImported() throws Exception {
        Path export = Files.writeString(dir.resolve("no-geo.csv"),
                "uid;signup_ts;mail;cc_hash;country;tenant;kyc_ok\nacct-1;01.03.2026 09:30;;;US;;yes\n");
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            ImportSummary s = importWithMapping(c, export);
            FileResult r = s.files().get(0);
            assertEquals(FileResult.Outcome.REFUSED, r.outcome());
            assertTrue(r.message().contains("no-geo.csv") && r.message().contains("[geo]"), r.message());
            assertTrue(s.anyRefused());
            assertEquals(0, ImportServiceTest.scalar(c, "SELECT count(*) FROM sources"));
            assertEquals(0, ImportServiceTest.scalar(c, "SELECT count(*) FROM accounts"));
        }
    }

    private static ArrayNode accounts(CaseFile c, String... names) throws SQLException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        try (PreparedStatement ps = c.connection().prepareStatement("""
                SELECT account, created_at, email, payment_fingerprint, country, org_id, verified, exchange_count,
                       first_seen IS NOT NULL, source_line
                FROM accounts WHERE account = ?
                """)) {
            for (String name : names) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), name);
                    ObjectNode o = out.addObject();
                    o.put("account", rs.getString(1));
                    long created = rs.getLong(2);
                    o.put("createdAt", rs.wasNull() ? null : Instant.ofEpochMilli(created).toString());
                    o.put("email", rs.getString(3));
                    o.put("paymentFingerprint", rs.getString(4));
                    o.put("country", rs.getString(5));
                    o.put("orgId", rs.getString(6));
                    int verified = rs.getInt(7);
                    if (rs.wasNull()) {
                        o.putNull("verified");
                    } else {
                        o.put("verified", verified == 1);
                    }
                    o.put("exchanges", rs.getLong(8));
                    o.put("seenInLogs", rs.getBoolean(9));
                    o.put("sourceLine", rs.getLong(10));
                }
            }
        }
        return out;
    }
}
