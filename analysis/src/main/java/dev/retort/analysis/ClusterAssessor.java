package dev.retort.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a cluster of linked accounts as a whole: how distillation-like its members behave and how coordinated
 * they are (tied by shared values, synchronised, load spread thin, accounts burnt and replaced), discounted when
 * the accounts are the verified staff of one organisation.
 */
final class ClusterAssessor {
    static final String LINK_STRENGTH = "link_strength";
    static final String SYNCHRONISED = "synchronised";
    static final String SPREAD_THIN = "spread_thin";
    static final String REPLACEMENT_WAVES = "replacement_waves";
    static final String SIGNUP_BURSTS = "signup_bursts";
    static final String ONE_ORGANISATION = "one_organisation";
    static final String BEHAVIOUR = "behaviour";
    static final String COORDINATION = "coordination";

    private final CaseData data;
    private final AnalysisConfig cfg;
    private final List<Map<String, Double>> accountSignals;
    private final double[] behaviour;
    private final double[] maxLink;
    private final boolean[] inBurst;

    ClusterAssessor(CaseData data, AnalysisConfig cfg, List<Map<String, Double>> accountSignals, double[] behaviour,
                    double[] maxLink, boolean[] inBurst) {
        this.data = data;
        this.cfg = cfg;
        this.accountSignals = accountSignals;
        this.behaviour = behaviour;
        this.maxLink = maxLink;
        this.inBurst = inBurst;
    }

    /** Signals of the cluster: member means of the behaviour signals, plus the coordination signals. */
    Map<String, Double> signals(int[] members) {
        Map<String, Double> s = new LinkedHashMap<>();
        for (String name : accountSignals.get(members[0]).keySet()) {
            double sum = 0;
            for (int m : members) {
                sum += accountSignals.get(m).getOrDefault(name, 0.0);
            }
            s.put(name, sum / members.length);
        }
        double behaviourSum = 0;
        double link = 0;
        int burst = 0;
        for (int m : members) {
            behaviourSum += behaviour[m];
            link += Math.min(1, maxLink[m]);
            burst += inBurst[m] ? 1 : 0;
        }
        s.put(BEHAVIOUR, behaviourSum / members.length);
        s.put(LINK_STRENGTH, link / members.length);
        s.put(SYNCHRONISED, synchronised(members));
        s.put(SPREAD_THIN, spreadThin(members));
        s.put(REPLACEMENT_WAVES, replacementWaves(members));
        s.put(SIGNUP_BURSTS, burst / (double) members.length);
        s.put(ONE_ORGANISATION, oneOrganisation(members));
        // a campaign need not show every form of coordination: the mean of its three strongest
        double coordination = java.util.stream.DoubleStream.of(s.get(LINK_STRENGTH), s.get(SYNCHRONISED),
                s.get(SPREAD_THIN), s.get(REPLACEMENT_WAVES), s.get(SIGNUP_BURSTS))
                .map(v -> -v).sorted().limit(3).map(v -> -v).sum() / 3;
        s.put(COORDINATION, coordination);
        return s;
    }

    /**
     * Behaviour, raised by coordination (x0.6 with none, x1 with full), cut by the share of one organisation's
     * verified staff. Coordination alone never makes a campaign: accounts that behave like ordinary users stay low
     * however tightly they are linked (a campus, an office, a carrier NAT).
     */
    double score(Map<String, Double> s) {
        double raw = s.get(BEHAVIOUR) * (0.6 + 0.4 * s.get(COORDINATION));
        return Signals.clamp(raw * (1 - 0.9 * s.get(ONE_ORGANISATION)));
    }

    String verdict(int size, double score) {
        if (size >= cfg.minCampaignAccounts() && score >= cfg.campaignThreshold()) {
            return CampaignResult.CAMPAIGN;
        }
        return score >= cfg.suspiciousThreshold() ? CampaignResult.SUSPICIOUS : null;
    }

    /** Mean Jaccard of active hours over up to 400 member pairs picked in a fixed pattern. */
    double synchronised(int[] members) {
        if (members.length < 2) {
            return 0;
        }
        double sum = 0;
        int pairs = 0;
        int n = members.length;
        int step = Math.max(1, n / 20);
        for (int i = 0; i < n && pairs < 400; i += step) {
            for (int j = i + 1; j < n && pairs < 400; j += step) {
                sum += AccountGraph.synchrony(data.accounts().get(members[i]), data.accounts().get(members[j]));
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    /** 1 when the load is spread evenly and thinly over five or more accounts, 0 when one account carries it. */
    double spreadThin(int[] members) {
        if (members.length < 5) {
            return 0;
        }
        long total = 0;
        long max = 0;
        for (int m : members) {
            long e = data.accounts().get(m).exchanges;
            total += e;
            max = Math.max(max, e);
        }
        if (total == 0) {
            return 0;
        }
        double top = max / (double) total;
        double even = 1.0 / members.length;
        return Signals.clamp(1 - (top - even) / (0.5 - even + 1e-9));
    }

    /** Share of members active for under half the cluster's window: accounts used up and replaced in waves. */
    double replacementWaves(int[] members) {
        if (members.length < 5) {
            return 0;
        }
        long[] w = window(members);
        long span = w[1] - w[0];
        if (span < 3 * AccountProfile.DAY) {
            return 0;
        }
        int short_ = 0;
        for (int m : members) {
            AccountProfile p = data.accounts().get(m);
            if (p.hasExchanges() && p.lastSeen - p.firstSeen < span / 2) {
                short_++;
            }
        }
        return short_ / (double) members.length;
    }

    /** Share of members that are verified staff of the cluster's most common organisation. */
    double oneOrganisation(int[] members) {
        Map<String, Integer> orgs = new HashMap<>();
        for (int m : members) {
            AccountProfile p = data.accounts().get(m);
            if (Boolean.TRUE.equals(p.verified) && p.org != null && !p.org.isBlank()) {
                orgs.merge(p.org, 1, Integer::sum);
            }
        }
        return orgs.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) members.length;
    }

    /** First and last exchange of the members. */
    long[] window(int[] members) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int m : members) {
            AccountProfile p = data.accounts().get(m);
            if (p.hasExchanges()) {
                first = Math.min(first, p.firstSeen);
                last = Math.max(last, p.lastSeen);
            }
        }
        return new long[] {first, last};
    }

    /** Start of the first day whose volume reached half the peak day's, or -1. */
    long rampEnd(int[] members) {
        int days = 0;
        for (int m : members) {
            days = Math.max(days, data.accounts().get(m).dayCounts.length);
        }
        long[] perDay = new long[days];
        for (int m : members) {
            int[] dc = data.accounts().get(m).dayCounts;
            for (int d = 0; d < dc.length; d++) {
                perDay[d] += dc[d];
            }
        }
        long peak = Arrays.stream(perDay).max().orElse(0);
        for (int d = 0; d < days; d++) {
            if (peak > 0 && perDay[d] * 2 >= peak) {
                return data.start + d * AccountProfile.DAY;
            }
        }
        return -1;
    }
}
