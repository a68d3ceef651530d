package dev.retort.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Behaviour signals of one account, each in 0..1 (1 = looks like distillation). docs/analysis.md says what each
 * measures and why.
 */
final class Signals {
    static final String TEMPLATE_REPETITION = "template_repetition";
    static final String REASONING_PROMPTS = "reasoning_prompts";
    static final String CAPABILITY_TARGETING = "capability_targeting";
    static final String OUTPUT_HEAVY = "output_heavy";
    static final String FLAT_RHYTHM = "flat_rhythm";
    static final String YOUNG_AT_FIRST_USE = "young_at_first_use";
    static final String NEW_MODEL_SPEED = "new_model_speed";
    static final String UNVERIFIED = "unverified";
    /** Not scored: shown in explanations. */
    static final String BENIGN_SHARE = "benign_share";

    private Signals() {}

    /** The template families (with their account counts) are needed for repetition across accounts. */
    static Map<String, Double> of(AccountProfile p, AnalysisConfig cfg, TemplateFamilies families,
                                  Map<Long, Integer> familyAccounts, Map<String, Long> newModels) {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put(TEMPLATE_REPETITION, templateRepetition(p, families, familyAccounts));
        s.put(REASONING_PROMPTS, p.categoryShare(PromptClassifier.Category.REASONING));
        s.put(CAPABILITY_TARGETING, p.textsSampled == 0 ? 0 : p.capabilityCount / (double) p.textsSampled);
        s.put(OUTPUT_HEAVY, outputHeavy(p));
        s.put(FLAT_RHYTHM, flatRhythm(p));
        s.put(YOUNG_AT_FIRST_USE, young(p, cfg));
        s.put(NEW_MODEL_SPEED, newModelSpeed(p, newModels, cfg));
        s.put(UNVERIFIED, p.verified == null ? 0.5 : p.verified ? 0.0 : 1.0);
        s.put(BENIGN_SHARE, benignShare(p));
        return s;
    }

    /** Weighted mean of the scored signals. */
    static double score(Map<String, Double> signals, AnalysisConfig cfg) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<String, Double> e : cfg.signalWeights().entrySet()) {
            sum += e.getValue() * signals.getOrDefault(e.getKey(), 0.0);
            weights += e.getValue();
        }
        return weights == 0 ? 0 : clamp(sum / weights);
    }

    /**
     * Share of the account's sampled distinct prompts that belong to template families used by at least three
     * accounts: the same template, reworded, sent from many accounts.
     */
    static double templateRepetition(AccountProfile p, TemplateFamilies families, Map<Long, Integer> familyAccounts) {
        if (p.simhashes.size() < 3) {
            return 0;
        }
        int shared = 0;
        for (Long h : p.simhashes.keySet()) {
            if (familyAccounts.getOrDefault(families.family(h), 0) >= 3) {
                shared++;
            }
        }
        return shared / (double) p.simhashes.size();
    }

    /** Output tokens per input token: 1 at four or more, 0 at one or less. */
    static double outputHeavy(AccountProfile p) {
        if (p.tokenExchanges == 0 || p.tokensIn <= 0) {
            return 0;
        }
        double ratio = p.tokensOut / (double) p.tokensIn;
        return clamp((ratio - 1) / 3);
    }

    /** How evenly the account's exchanges spread over the 24 hours of the day (normalised entropy, rescaled). */
    static double flatRhythm(AccountProfile p) {
        if (p.exchanges < 48) {
            return 0;
        }
        double h = 0;
        for (long c : p.hourOfDay) {
            if (c > 0) {
                double q = c / (double) p.exchanges;
                h -= q * Math.log(q);
            }
        }
        double normalised = h / Math.log(24);
        return clamp((normalised - 0.80) / 0.17);
    }

    /** 1 when the first exchange came within a day of sign-up, falling to 0 at twice the "young" limit. */
    static double young(AccountProfile p, AnalysisConfig cfg) {
        double d = p.daysToFirstUse();
        if (d < 0) {
            return 0;
        }
        if (d <= 1) {
            return 1;
        }
        return clamp(1 - (d - 1) / Math.max(1, 2.0 * cfg.youngDays()));
    }

    /**
     * For models that appeared during the case (first used after its first day), how soon after their first
     * appearance this account moved to them: 1 within the configured hours, 0.5 within three times that.
     */
    static double newModelSpeed(AccountProfile p, Map<String, Long> newModels, AnalysisConfig cfg) {
        double best = 0;
        long fast = cfg.newModelHours() * AccountProfile.HOUR;
        for (Map.Entry<String, Long> m : newModels.entrySet()) {
            Long used = p.modelFirstUse.get(m.getKey());
            if (used == null) {
                continue;
            }
            long lag = used - m.getValue();
            best = Math.max(best, lag <= fast ? 1.0 : lag <= 3 * fast ? 0.5 : 0.0);
        }
        return best;
    }

    /** Share of sampled prompts with no reasoning or capability cue. */
    static double benignShare(AccountProfile p) {
        if (p.textsSampled == 0) {
            return 0;
        }
        int cued = 0;
        for (int c : p.categoryCounts) {
            cued = Math.max(cued, c);
        }
        int any = Math.max(p.capabilityCount, p.categoryCounts[PromptClassifier.Category.REASONING.ordinal()]);
        return clamp(1 - Math.max(cued, any) / (double) p.textsSampled);
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
