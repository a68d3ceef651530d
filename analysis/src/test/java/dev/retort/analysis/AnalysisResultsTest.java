package dev.retort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisResultsTest {

    @TempDir
    Path dir;

    @Test
    void aCaseNeverAnalysedHasNoLatestRun() {
        try (CaseFile c = CaseFile.create(dir.resolve("a.retort"), "a")) {
            assertTrue(AnalysisResults.latest(c).isEmpty());
        }
    }

    @Test
    void savedResultsReadBackAsTheLatestRun() {
        Instant t0 = Instant.parse("2026-02-01T00:00:00Z");
        RunInfo run = new RunInfo(0, t0, t0.plusSeconds(5), "tester", "0.1.0", "analysis-config/1", "{}", 3, 30, 5000,
                "complete");
        Reason why = new Reason("shared_card", 0.8, "2 accounts paid with the same card", List.of(11L, 12L));
        CampaignResult campaign = new CampaignResult("C-00000001", 0.9, CampaignResult.CAMPAIGN, List.of("u1", "u2"),
                20, t0, t0.plusSeconds(86_400), t0.plusSeconds(3_600), Map.of("template_repetition", 0.7),
                List.of(why));
        AccountScore u1 = new AccountScore("u1", 0.9, "C-00000001", "C-00000001", Map.of("flat_rhythm", 1.0),
                List.of(why));
        AccountScore u3 = new AccountScore("u3", 0.1, null, null, Map.of(), List.of());
        Indicator card = new Indicator(IndicatorKind.CARD, "fp_1", List.of("u1", "u2"), 0.8);
        Link link = new Link("u1", "u2", 1.2, List.of(IndicatorKind.CARD, IndicatorKind.IP));
        try (CaseFile c = CaseFile.create(dir.resolve("b.retort"), "b")) {
            long id = new AnalysisResults(run, List.of(campaign), List.of(u1, u3), List.of(card), List.of(link))
                    .saveTo(c.connection()).run().id();

            AnalysisResults back = AnalysisResults.latest(c).orElseThrow();
            assertEquals(id, back.run().id());
            assertEquals(campaign, back.campaign("C-00000001").orElseThrow());
            assertEquals(u1, back.account("u1").orElseThrow());
            assertNull(back.account("u3").orElseThrow().campaign());
            assertEquals(List.of(card), back.indicatorsOf("u2"));
            assertEquals(List.of(link), back.linksOf("u2"));
            assertEquals(1, AnalysisResults.runs(c.connection()).size());
        }
    }
}
