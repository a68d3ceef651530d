package dev.retort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static JsonNode truth() throws Exception {
        return Json.MAPPER.readTree("""
                {"accounts": [
                   {"id": "h1", "population": "campaign", "campaign": "C-H"},
                   {"id": "h2", "population": "campaign", "campaign": "C-H"},
                   {"id": "h3", "population": "campaign", "campaign": "C-H"},
                   {"id": "h4", "population": "campaign", "campaign": "C-H"},
                   {"id": "e1", "population": "enterprise", "campaign": null},
                   {"id": "d1", "population": "developer", "campaign": null}],
                 "campaigns": [{"id": "C-H", "style": "hydra", "accounts": ["h1", "h2", "h3", "h4"],
                   "window": {"start": "2026-04-01T00:00:00Z", "end": "2026-04-10T00:00:00Z"}, "exchanges": 10}]}
                """);
    }

    private static AccountScore flagged(String id) {
        return new AccountScore(id, 0.9, "C-x", "C-x", Map.of(), List.of());
    }

    @Test
    void precisionRecallFalsePositivesAndWindowErrorAtAccountLevel() throws Exception {
        Instant start = Instant.parse("2026-04-02T00:00:00Z");
        Instant end = Instant.parse("2026-04-10T12:00:00Z");
        CampaignResult c = new CampaignResult("C-x", 0.9, CampaignResult.CAMPAIGN, List.of("h1", "h2", "h3", "e1"),
                9, start, end, null, Map.of(), List.of());
        RunInfo run = new RunInfo(1, start, end, "t", "v", AnalysisConfig.VERSION, "{}", 6, 10, 1, "complete");
        AnalysisResults r = new AnalysisResults(run, List.of(c),
                List.of(flagged("h1"), flagged("h2"), flagged("h3"), flagged("e1"),
                        new AccountScore("h4", 0.1, null, null, Map.of(), List.of())), List.of(), List.of());

        Evaluation.Report report = Evaluation.evaluate(r, truth());

        Evaluation.CampaignScore h = report.campaigns().get(0);
        assertEquals(0.75, h.precision(), 1e-9);
        assertEquals(0.75, h.recall(), 1e-9);
        assertEquals(1.0, h.windowErrorDays(), 1e-9);
        assertEquals(Map.of("enterprise", 1), report.falsePositivesByPopulation());
        assertEquals(0.75, report.precision(), 1e-9);
    }
}
