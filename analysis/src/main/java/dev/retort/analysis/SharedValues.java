package dev.retort.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the values several accounts share (cards, IPs, subnets, clients, keys, e-mail domains and patterns, sign-up
 * bursts, prompt templates) and weighs each by how telling it is: its kind, how rare it is, how young its accounts
 * were at first use and whether they are the verified staff of one organisation.
 */
final class SharedValues {

    /** One shared value: its accounts (profile indexes, ascending) and example exchanges (-1 when none). */
    record Group(IndicatorKind kind, String value, int[] members, long[] examples, double weight) {}

    private final CaseData data;
    private final AnalysisConfig cfg;
    private final Map<IndicatorKind, Map<String, Map<Integer, Long>>> values = new HashMap<>();

    private SharedValues(CaseData data, AnalysisConfig cfg) {
        this.data = data;
        this.cfg = cfg;
    }

    static List<Group> find(CaseData data, AnalysisConfig cfg, TemplateFamilies families) {
        SharedValues s = new SharedValues(data, cfg);
        s.collect(families);
        return s.groups();
    }

    private void collect(TemplateFamilies families) {
        for (AccountProfile p : data.accounts()) {
            add(IndicatorKind.CARD, p.card, p, -1);
            add(IndicatorKind.CARD_BIN, cardBin(p.card), p, -1);
            add(IndicatorKind.EMAIL_DOMAIN, p.emailDomain(), p, -1);
            add(IndicatorKind.EMAIL_PATTERN, p.emailPattern(), p, -1);
            p.ips.forEach((ip, c) -> {
                add(IndicatorKind.IP, ip, p, c[1]);
                add(IndicatorKind.SUBNET, Subnets.of(ip), p, c[1]);
            });
            p.userAgents.forEach((ua, c) -> add(IndicatorKind.USER_AGENT, ua, p, c[1]));
            p.keys.forEach((k, c) -> add(IndicatorKind.API_KEY, k, p, c[1]));
            for (Map.Entry<Long, long[]> e : templateShares(p, families).entrySet()) {
                add(IndicatorKind.PROMPT_TEMPLATE, "family " + Long.toHexString(e.getKey()), p, e.getValue()[1]);
            }
        }
        addSignupBursts();
    }

    /** The template families that make up at least a fifth of an account's sampled prompts. */
    static Map<Long, long[]> templateShares(AccountProfile p, TemplateFamilies families) {
        Map<Long, long[]> byFamily = new TreeMap<>();
        for (Map.Entry<Long, long[]> e : p.simhashes.entrySet()) {
            long[] f = byFamily.computeIfAbsent(families.family(e.getKey()), k -> new long[] {0, Long.MAX_VALUE});
            f[0]++;
            f[1] = Math.min(f[1], e.getValue()[1]);
        }
        int sampled = p.simhashes.size();
        byFamily.values().removeIf(f -> sampled < 3 || f[0] * 5 < sampled);
        return byFamily;
    }

    private void addSignupBursts() {
        long window = cfg.burstWindowMinutes() * 60_000L;
        Map<Long, List<AccountProfile>> byWindow = new TreeMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int known = 0;
        for (AccountProfile p : data.accounts()) {
            if (p.createdAt >= 0) {
                byWindow.computeIfAbsent(p.createdAt / window, k -> new ArrayList<>()).add(p);
                min = Math.min(min, p.createdAt);
                max = Math.max(max, p.createdAt);
                known++;
            }
        }
        if (known == 0) {
            return;
        }
        double windows = Math.max(1, (max - min) / (double) window);
        double expected = known / windows;
        for (Map.Entry<Long, List<AccountProfile>> e : byWindow.entrySet()) {
            int n = e.getValue().size();
            if (n >= cfg.burstMinAccounts() && n >= 4 * expected) {
                String label = java.time.Instant.ofEpochMilli(e.getKey() * window) + " +" + cfg.burstWindowMinutes()
                        + " min";
                for (AccountProfile p : e.getValue()) {
                    add(IndicatorKind.SIGNUP_BURST, label, p, -1);
                }
            }
        }
    }

    /** The first six digits of a card fingerprint that starts with its BIN, else null. */
    static String cardBin(String card) {
        if (card == null) {
            return null;
        }
        int i = 0;
        while (i < card.length() && !Character.isDigit(card.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < card.length() && Character.isDigit(card.charAt(j))) {
            j++;
        }
        return j - i >= 6 && j - i < card.length() ? card.substring(i, i + 6) : null;
    }

    private void add(IndicatorKind kind, String value, AccountProfile p, long example) {
        if (value == null || value.isBlank() || value.equals("-")) {
            return;
        }
        values.computeIfAbsent(kind, k -> new HashMap<>())
                .computeIfAbsent(value, v -> new TreeMap<>())
                .putIfAbsent(p.index, example);
    }

    private List<Group> groups() {
        List<Group> out = new ArrayList<>();
        for (IndicatorKind kind : IndicatorKind.values()) {
            Map<String, Map<Integer, Long>> byValue = values.getOrDefault(kind, Map.of());
            for (Map.Entry<String, Map<Integer, Long>> e : new TreeMap<>(byValue).entrySet()) {
                Map<Integer, Long> m = e.getValue();
                if (m.size() < 2 || m.size() > cfg.maxLinkGroup()) {
                    continue;
                }
                int[] members = m.keySet().stream().mapToInt(Integer::intValue).toArray();
                long[] examples = m.values().stream().mapToLong(Long::longValue).toArray();
                double w = weight(kind, members);
                if (w > 0.01) {
                    out.add(new Group(kind, e.getKey(), members, examples, w));
                }
            }
        }
        return out;
    }

    /** base weight x rarity x youth x organisation: see docs/analysis.md, "How a shared value is weighed". */
    double weight(IndicatorKind kind, int[] members) {
        int n = members.length;
        double rarity = switch (kind) {
            case CARD, API_KEY -> 1.0;
            default -> rarity(n, cfg.commonGroup());
        };
        int young = 0;
        int verified = 0;
        Map<String, Integer> orgs = new HashMap<>();
        for (int i : members) {
            AccountProfile p = data.accounts().get(i);
            double d = p.daysToFirstUse();
            if (d >= 0 && d <= cfg.youngDays()) {
                young++;
            }
            if (Boolean.TRUE.equals(p.verified)) {
                verified++;
                if (p.org != null && !p.org.isBlank()) {
                    orgs.merge(p.org, 1, Integer::sum);
                }
            }
        }
        double youngShare = young / (double) n;
        // a large group of old accounts is a NAT or a popular client; a large group of fresh accounts is not
        rarity = youngShare + (1 - youngShare) * rarity;
        double youth = 0.3 + 0.7 * youngShare;
        int sameOrg = orgs.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double org = sameOrg * 5 >= n * 4 ? cfg.orgShareDiscount() : 1.0 - 0.5 * verified / n;
        return cfg.indicatorWeight(kind) * rarity * youth * org;
    }

    /** 1 for a value shared by two accounts, halving each time the group grows by commonGroup/2 times. */
    static double rarity(int n, int commonGroup) {
        if (n <= 2) {
            return 1.0;
        }
        double alpha = Math.log(2) / Math.log(commonGroup / 2.0);
        return Math.pow(2.0 / n, alpha);
    }
}
