package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static final String ROW = "{\"request_id\":\"r-%d\",\"startTime\":\"2026-04-01 10:00:0%d.000000\","
            + "\"user\":\"acct-1\",\"model\":\"gpt-4o\",\"prompt_tokens\":3,\"completion_tokens\":4,"
            + "\"status\":\"success\",\"messages\":\"[]\",\"response\":\"{}\"}\n";

    @Test
    void importPrintsPerFileCountsAndQuarantineReasonsAndSaysSoOnReimport() throws Exception {
        Path c = dir.resolve("c.retort");
        assertEquals(0, CliRunner.run("case", "create", c.toString()).exitCode());
        Path log = Files.writeString(dir.resolve("spend.jsonl"),
                String.format(ROW, 1, 1) + String.format(ROW, 2, 2) + "{\"request_id\": \"broken\n");

        CliRunner first = CliRunner.run("import", "--quiet", "--case", c.toString(), log.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("[litellm]: 2 new, 0 merged, 0 duplicate, 1 quarantined; 3 lines"),
                first.out());
        assertTrue(first.out().contains("1 x invalid JSON"), first.out());
        assertTrue(first.out().contains("(first at line 3)"), first.out());

        CliRunner again = CliRunner.run("import", "--quiet", "--case", c.toString(), log.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("already imported"), again.out());
    }

    @Test
    void fileOfNoKnownFormatIsRefusedByNameWithExitCodeTwo() throws Exception {
        Path c = dir.resolve("c.retort");
        CliRunner.run("case", "create", c.toString());
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        CliRunner r = CliRunner.run("import", "--quiet", "--case", c.toString(), notes.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.out().contains("refused") && r.out().contains("notes.txt"), r.out());
    }

    @Test
    void unknownForcedFormatIsAOneLineError() throws Exception {
        Path c = dir.resolve("c.retort");
        CliRunner.run("case", "create", c.toString());
        Path log = Files.writeString(dir.resolve("spend.jsonl"), String.format(ROW, 1, 1));
        CliRunner r = CliRunner.run("import", "--case", c.toString(), "--format", "nope", log.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unknown format 'nope'"), r.err());
    }
}
