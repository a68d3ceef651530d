package dev.retort.dossier.model;

import java.util.List;
import java.util.Map;

/** One campaign (or suspicious cluster) as the dossier presents it. */
public record CampaignFinding(String id, String verdict, double score, int accountCount, long exchangeCount,
                              String windowStart, String windowEnd, String rampEnd, List<String> accounts,
                              Map<String, Double> signals, List<ReasonRow> reasons, List<IndicatorRow> indicators,
                              List<String> tags) {
    public CampaignFinding {
        accounts = List.copyOf(accounts);
        signals = Map.copyOf(signals);
        reasons = List.copyOf(reasons);
        indicators = List.copyOf(indicators);
        tags = List.copyOf(tags);
    }
}
