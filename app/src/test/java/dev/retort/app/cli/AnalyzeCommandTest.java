package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void analyzeWritesTheAgreedJsonAndEvaluateScoresItAgainstTheTruth() throws Exception {
        Path data = dir.resolve("demo");
        Path c = dir.resolve("c.retort");
        assertEquals(0, CliRunner.run("generate", "--quiet", "--preset", "demo", "--scale", "0.2", "--seed", "5",
                "--format", "csv", "--out", data.toString()).exitCode());
        assertEquals(0, CliRunner.run("case", "create", c.toString()).exitCode());
        CliRunner imported = CliRunner.run("import", "--quiet", "--no-fts", "--case", c.toString(), data.toString());
        assertTrue(imported.out().contains("total:"), imported.out() + imported.err());

        Path json = dir.resolve("out/results.json");
        CliRunner analyzed = CliRunner.run("analyze", "--quiet", "--case", c.toString(), "--json", json.toString());
        assertEquals(0, analyzed.exitCode(), analyzed.err());
        assertTrue(analyzed.out().startsWith("run 1:"), analyzed.out());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("analysis-config/1", root.path("run").path("configVersion").asText());
        assertTrue(root.path("run").path("parameters").has("linkThreshold"));
        assertFalse(root.path("campaigns").isEmpty(), "the demo's hydra is found");
        JsonNode campaign = root.path("campaigns").get(0);
        for (String field : new String[] {"id", "accounts", "score", "window", "signals", "reasons"}) {
            assertTrue(campaign.has(field), field);
        }
        assertTrue(campaign.path("window").has("start") && campaign.path("window").has("end"));
        JsonNode account = root.path("accounts").get(0);
        for (String field : new String[] {"id", "score", "campaign", "reasons"}) {
            assertTrue(account.has(field), field);
        }

        CliRunner evaluated = CliRunner.run("evaluate", "--case", c.toString(), "--truth",
                data.resolve("truth.json").toString());
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        assertTrue(evaluated.out().contains("overall"), evaluated.out());
        assertTrue(evaluated.out().contains("false positives by population:"), evaluated.out());
    }

    @Test
    void evaluateBeforeAnyAnalysisIsAOneLineError() throws Exception {
        Path c = dir.resolve("c.retort");
        CliRunner.run("case", "create", c.toString());
        CliRunner r = CliRunner.run("evaluate", "--case", c.toString(), "--truth", dir.resolve("t.json").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no analysis run yet"), r.err());
    }
}
