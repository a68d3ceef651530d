package dev.retort.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A cluster of linked accounts judged to be one operator's distillation campaign (or, with verdict
 * {@code suspicious}, a cluster worth a look that did not reach the campaign threshold).
 *
 * @param id          stable id derived from the members, e.g. {@code C-3f2a9b1c}; the same data gives the same id
 * @param score       0..1
 * @param verdict     {@code campaign} or {@code suspicious}
 * @param accounts    member account names, sorted
 * @param exchanges   how many exchanges the members made
 * @param windowStart first exchange of any member
 * @param windowEnd   last exchange of any member
 * @param rampEnd     when the daily volume first reached half its peak (the end of the ramp-up), or null
 * @param signals     signal name to value in 0..1 (see docs/analysis.md)
 * @param reasons     most important first
 */
public record CampaignResult(String id, double score, String verdict, List<String> accounts, long exchanges,
                             Instant windowStart, Instant windowEnd, Instant rampEnd, Map<String, Double> signals,
                             List<Reason> reasons) {
    public static final String CAMPAIGN = "campaign";
    public static final String SUSPICIOUS = "suspicious";

    public CampaignResult {
        accounts = List.copyOf(accounts);
        signals = Map.copyOf(signals);
        reasons = List.copyOf(reasons);
    }

    public boolean isCampaign() {
        return CAMPAIGN.equals(verdict);
    }
}
