package dev.retort.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every parameter of an analysis run, in one place, versioned and saved with each run (docs/analysis.md explains
 * each one). Change a default only with a new {@link #VERSION}.
 *
 * @param youngDays             an account is "young" when its first exchange came within this many days of sign-up
 * @param maxLinkGroup          a shared value held by more accounts than this links nobody (too common to tell)
 * @param commonGroup           a shared IP/subnet/client/e-mail domain held by this many accounts counts for
 *                              half as much as one held by two; the weight keeps halving as the group doubles
 * @param orgShareDiscount      factor applied to a shared value when its accounts are verified members of one
 *                              organisation
 * @param linkThreshold         summed indicator weight from which two accounts are "strongly linked"
 * @param templateDistance      largest Hamming distance between two prompt SimHashes of one template
 * @param simhashSamplePerAccount how many distinct prompt SimHashes are kept per account
 * @param textSamplePerAccount  how many prompt texts per account are read for classification
 * @param burstWindowMinutes    width of the sign-up burst window
 * @param burstMinAccounts      sign-ups in one window from which it is a burst (and at least 4x the normal rate)
 * @param minCampaignAccounts   a campaign has at least this many accounts
 * @param campaignThreshold     cluster score from which the verdict is "campaign"
 * @param suspiciousThreshold   cluster score from which the verdict is "suspicious"
 * @param memberThreshold       an account of a campaign cluster is judged part of the campaign from this score
 * @param newModelHours         switching to a newly seen model within this many hours counts as fast
 */
public record AnalysisConfig(int youngDays, int maxLinkGroup, int commonGroup, double orgShareDiscount,
                             double linkThreshold, int templateDistance, int simhashSamplePerAccount,
                             int textSamplePerAccount, int burstWindowMinutes, int burstMinAccounts,
                             int minCampaignAccounts, double campaignThreshold, double suspiciousThreshold,
                             double memberThreshold, int newModelHours, Map<String, Double> indicatorWeights,
                             Map<String, Double> signalWeights) {

    public static final String VERSION = "analysis-config/1";

    public AnalysisConfig {
        indicatorWeights = Map.copyOf(indicatorWeights);
        signalWeights = Map.copyOf(signalWeights);
    }

    /** The defaults, as documented in docs/analysis.md. */
    public static AnalysisConfig defaults() {
        Map<String, Double> iw = new LinkedHashMap<>();
        iw.put(IndicatorKind.CARD.code(), 1.0);
        iw.put(IndicatorKind.API_KEY.code(), 1.0);
        iw.put(IndicatorKind.CARD_BIN.code(), 0.1);
        iw.put(IndicatorKind.IP.code(), 0.6);
        iw.put(IndicatorKind.SUBNET.code(), 0.25);
        iw.put(IndicatorKind.USER_AGENT.code(), 0.3);
        iw.put(IndicatorKind.EMAIL_DOMAIN.code(), 0.2);
        iw.put(IndicatorKind.EMAIL_PATTERN.code(), 0.3);
        iw.put(IndicatorKind.SIGNUP_BURST.code(), 0.15);
        iw.put(IndicatorKind.PROMPT_TEMPLATE.code(), 0.7);
        iw.put(IndicatorKind.SYNC_ACTIVITY.code(), 0.3);
        Map<String, Double> sw = new LinkedHashMap<>();
        sw.put(Signals.TEMPLATE_REPETITION, 0.05);
        sw.put(Signals.REASONING_PROMPTS, 0.18);
        sw.put(Signals.CAPABILITY_TARGETING, 0.14);
        sw.put(Signals.OUTPUT_HEAVY, 0.08);
        sw.put(Signals.FLAT_RHYTHM, 0.12);
        sw.put(Signals.YOUNG_AT_FIRST_USE, 0.14);
        sw.put(Signals.NEW_MODEL_SPEED, 0.10);
        sw.put(Signals.UNVERIFIED, 0.08);
        return new AnalysisConfig(14, 50_000, 20, 0.05, 0.5, 12, 48, 6, 180, 5, 3, 0.5, 0.35, 0.35, 24, iw, sw);
    }

    public double indicatorWeight(IndicatorKind kind) {
        return indicatorWeights.getOrDefault(kind.code(), 0.0);
    }

    public double signalWeight(String signal) {
        return signalWeights.getOrDefault(signal, 0.0);
    }

    /** The configuration as saved with a run. */
    public String toJson() {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration", e);
        }
    }

    public static AnalysisConfig fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, AnalysisConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an analysis configuration: " + e.getOriginalMessage(), e);
        }
    }
}
