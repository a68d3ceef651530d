package dev.retort.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns signals and shared values into reasons in plain words that cite the evidence. */
final class Explainer {
    private final CaseData data;
    private final AnalysisConfig cfg;

    Explainer(CaseData data, AnalysisConfig cfg) {
        this.data = data;
        this.cfg = cfg;
    }

    /** Per indicator kind, what the members of a cluster share. */
    List<Reason> sharedValues(List<SharedValues.Group> groups, int[] members, String subject) {
        // A value can be held by accounts outside the cluster too: count only the cluster's own members.
        java.util.Set<Integer> inCluster = new java.util.HashSet<>();
        for (int m : members) {
            inCluster.add(m);
        }
        java.util.function.ToIntFunction<SharedValues.Group> holdersHere = g -> (int) Arrays.stream(g.members())
                .filter(inCluster::contains).count();
        Map<IndicatorKind, List<SharedValues.Group>> byKind = new EnumMap<>(IndicatorKind.class);
        for (SharedValues.Group g : groups) {
            if (holdersHere.applyAsInt(g) > 0) {
                byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g);
            }
        }
        List<Reason> out = new ArrayList<>();
        byKind.forEach((kind, gs) -> {
            gs.sort(Comparator.comparingInt((SharedValues.Group g) -> -holdersHere.applyAsInt(g)));
            java.util.Set<Integer> covered = new java.util.HashSet<>();
            double weight = 0;
            List<Long> examples = new ArrayList<>();
            for (SharedValues.Group g : gs) {
                for (int m : g.members()) {
                    if (inCluster.contains(m)) {
                        covered.add(m);
                    }
                }
                weight = Math.max(weight, g.weight());
                for (long e : g.examples()) {
                    if (e >= 0 && examples.size() < 5) {
                        examples.add(e);
                    }
                }
            }
            SharedValues.Group top = gs.get(0);
            String text = String.format(Locale.ROOT,
                    "%d of %d %s share %s: %d such value%s, the largest (%s) held by %d of them.",
                    covered.size(), members.length, subject, kind.description(), gs.size(),
                    gs.size() == 1 ? "" : "s", top.value(), holdersHere.applyAsInt(top));
            out.add(new Reason(kind.code(), weight * covered.size() / Math.max(1, members.length), text, examples));
        });
        out.sort(Comparator.comparingDouble(Reason::weight).reversed());
        return out;
    }

    /**
     * Per indicator kind, what one account shares with others: how many values, the largest group, and the
     * account's own first exchange showing each value. Touches no member lists, so it is cheap per account.
     */
    List<Reason> accountSharedValues(int account, List<SharedValues.Group> groups) {
        Map<IndicatorKind, List<SharedValues.Group>> byKind = new EnumMap<>(IndicatorKind.class);
        for (SharedValues.Group g : groups) {
            byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g);
        }
        List<Reason> out = new ArrayList<>();
        byKind.forEach((kind, gs) -> {
            SharedValues.Group top = gs.stream().max(Comparator.comparingInt(g -> g.members().length)).orElseThrow();
            double weight = gs.stream().mapToDouble(SharedValues.Group::weight).max().orElse(0);
            List<Long> examples = new ArrayList<>();
            for (SharedValues.Group g : gs) {
                int at = java.util.Arrays.binarySearch(g.members(), account);
                if (at >= 0 && g.examples()[at] >= 0 && examples.size() < 5) {
                    examples.add(g.examples()[at]);
                }
            }
            String text = String.format(Locale.ROOT, "Shares %s with other accounts: %d value%s, e.g. %s (held by %d "
                    + "accounts).", kind.description(), gs.size(), gs.size() == 1 ? "" : "s", top.value(),
                    top.members().length);
            out.add(new Reason(kind.code(), weight, text, examples));
        });
        return out;
    }

    /** Reasons from behaviour signals (of an account, or member means of a cluster). */
    List<Reason> behaviour(Map<String, Double> s, List<AccountProfile> members) {
        List<Reason> out = new ArrayList<>();
        String who = members.size() == 1 ? "The account's" : "The accounts'";
        add(out, s, Signals.TEMPLATE_REPETITION, String.format(Locale.ROOT,
                "%s sampled prompts are %.0f%% near-duplicates of templates that at least three accounts send "
                        + "(SimHash within %d bits).", who, 100 * s.get(Signals.TEMPLATE_REPETITION),
                cfg.templateDistance()), examplesOfSimhash(members));
        add(out, s, Signals.REASONING_PROMPTS, String.format(Locale.ROOT,
                "%.0f%% of sampled prompts ask for step-by-step reasoning.", 100 * s.get(Signals.REASONING_PROMPTS)),
                examples(members, PromptClassifier.Category.REASONING));
        add(out, s, Signals.CAPABILITY_TARGETING, String.format(Locale.ROOT,
                "%.0f%% of sampled prompts target coding, agentic tool use or long-horizon tasks.",
                100 * s.get(Signals.CAPABILITY_TARGETING)), examples(members, PromptClassifier.Category.CODING));
        add(out, s, Signals.OUTPUT_HEAVY, String.format(Locale.ROOT,
                "Requests are output-heavy: %.1f output tokens per input token.", tokenRatio(members)), List.of());
        add(out, s, Signals.FLAT_RHYTHM, "Traffic runs flat around the clock (24/7) rather than in working hours.",
                List.of());
        add(out, s, Signals.YOUNG_AT_FIRST_USE, String.format(Locale.ROOT,
                "%s first exchange came soon after sign-up (median %.1f days).", who, medianDaysToFirstUse(members)),
                firstExchanges(members));
        add(out, s, Signals.NEW_MODEL_SPEED, String.format(Locale.ROOT,
                "Moved to a newly released model within %d hours of its first appearance.", cfg.newModelHours()),
                List.of());
        add(out, s, Signals.UNVERIFIED, "Unverified account" + (members.size() == 1 ? "." : "s."), List.of());
        double benign = s.getOrDefault(Signals.BENIGN_SHARE, 0.0);
        if (benign > 0.05 && s.get(Signals.REASONING_PROMPTS) + s.get(Signals.CAPABILITY_TARGETING) > 0.3) {
            out.add(new Reason(Signals.BENIGN_SHARE, 0, String.format(Locale.ROOT,
                    "About %.0f%% of sampled prompts look benign (mixed-in ordinary traffic).", 100 * benign),
                    List.of()));
        }
        out.sort(Comparator.comparingDouble(Reason::weight).reversed());
        return out;
    }

    /** Reasons from the cluster-only coordination signals, and the mitigating organisation share. */
    List<Reason> coordination(Map<String, Double> s, int members, long[] window) {
        List<Reason> out = new ArrayList<>();
        if (s.get(ClusterAssessor.SYNCHRONISED) > 0.3) {
            out.add(new Reason(ClusterAssessor.SYNCHRONISED, 0.4 * s.get(ClusterAssessor.SYNCHRONISED) / 5,
                    String.format(Locale.ROOT, "Members are active in the same hours (mean correlation %.2f of "
                            + "their hour-by-hour activity, SynchroTrap-style).", s.get(ClusterAssessor.SYNCHRONISED)), List.of()));
        }
        if (s.get(ClusterAssessor.SPREAD_THIN) > 0.5) {
            out.add(new Reason(ClusterAssessor.SPREAD_THIN, 0.4 * s.get(ClusterAssessor.SPREAD_THIN) / 5,
                    String.format(Locale.ROOT, "The load is spread thin over %d accounts; no account carries much "
                            + "of it.", members), List.of()));
        }
        if (s.get(ClusterAssessor.REPLACEMENT_WAVES) > 0.3) {
            out.add(new Reason(ClusterAssessor.REPLACEMENT_WAVES, 0.4 * s.get(ClusterAssessor.REPLACEMENT_WAVES) / 5,
                    String.format(Locale.ROOT, "%.0f%% of accounts were active for under half of the %s window: "
                            + "burnt and replaced in waves.", 100 * s.get(ClusterAssessor.REPLACEMENT_WAVES),
                            days(window)), List.of()));
        }
        if (s.get(ClusterAssessor.SIGNUP_BURSTS) > 0.3) {
            out.add(new Reason(ClusterAssessor.SIGNUP_BURSTS, 0.4 * s.get(ClusterAssessor.SIGNUP_BURSTS) / 5,
                    String.format(Locale.ROOT, "%.0f%% of accounts signed up in unusual bursts.",
                            100 * s.get(ClusterAssessor.SIGNUP_BURSTS)), List.of()));
        }
        if (s.get(ClusterAssessor.ONE_ORGANISATION) > 0.2) {
            out.add(new Reason(ClusterAssessor.ONE_ORGANISATION, -s.get(ClusterAssessor.ONE_ORGANISATION),
                    String.format(Locale.ROOT, "Mitigating: %.0f%% of accounts are verified staff of one "
                            + "organisation.", 100 * s.get(ClusterAssessor.ONE_ORGANISATION)), List.of()));
        }
        return out;
    }

    Reason window(long[] window, long rampEnd, int accounts, long exchanges) {
        String text = String.format(Locale.ROOT, "Active from %s to %s (%s), %d accounts, %d exchanges%s.",
                Instant.ofEpochMilli(window[0]), Instant.ofEpochMilli(window[1]), days(window), accounts, exchanges,
                rampEnd >= 0 ? ", ramped up to half its peak daily volume by " + Instant.ofEpochMilli(rampEnd) : "");
        return new Reason("window", 0, text, List.of());
    }

    private void add(List<Reason> out, Map<String, Double> s, String signal, String text, List<Long> examples) {
        double v = s.getOrDefault(signal, 0.0);
        if (v >= 0.3) {
            out.add(new Reason(signal, v * cfg.signalWeight(signal), text, examples));
        }
    }

    private static String days(long[] window) {
        return String.format(Locale.ROOT, "%.1f days", Duration.ofMillis(window[1] - window[0]).toMinutes() / 1440.0);
    }

    private static List<Long> examples(List<AccountProfile> members, PromptClassifier.Category c) {
        List<Long> out = new ArrayList<>();
        for (AccountProfile p : members) {
            long[] ex = p.categoryExamples.get(c);
            if (ex != null) {
                for (long e : ex) {
                    if (e >= 0 && out.size() < 5) {
                        out.add(e);
                    }
                }
            }
            if (out.size() >= 5) {
                break;
            }
        }
        return out;
    }

    private static List<Long> examplesOfSimhash(List<AccountProfile> members) {
        List<Long> out = new ArrayList<>();
        for (AccountProfile p : members) {
            for (long[] v : p.simhashes.values()) {
                out.add(v[1]);
                if (out.size() >= 5) {
                    return out;
                }
            }
        }
        return out;
    }

    private static List<Long> firstExchanges(List<AccountProfile> members) {
        return members.stream().filter(p -> p.firstExchangeId >= 0).limit(5).map(p -> p.firstExchangeId).toList();
    }

    private static double tokenRatio(List<AccountProfile> members) {
        long in = 0;
        long out = 0;
        for (AccountProfile p : members) {
            in += p.tokensIn;
            out += p.tokensOut;
        }
        return in == 0 ? 0 : out / (double) in;
    }

    private static double medianDaysToFirstUse(List<AccountProfile> members) {
        double[] d = members.stream().mapToDouble(AccountProfile::daysToFirstUse).filter(x -> x >= 0).sorted()
                .toArray();
        return d.length == 0 ? -1 : d[d.length / 2];
    }
}
