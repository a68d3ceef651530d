package dev.retort.analysis;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the analysis knows about one account: its sign-up record and aggregates of its exchanges (built in one
 * streaming pass, so memory stays bounded per account whatever the volume).
 */
final class AccountProfile {
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    final int index;
    final String name;
    long createdAt = -1;
    String email;
    String card;
    String country;
    String org;
    Boolean verified;

    long firstSeen = Long.MAX_VALUE;
    long lastSeen = Long.MIN_VALUE;
    long firstExchangeId = -1;
    long exchanges;
    long tokensIn;
    long tokensOut;
    long tokenExchanges;
    final long[] hourOfDay = new long[24];
    final BitSet activeHours = new BitSet();
    int[] dayCounts = new int[0];

    /** value to {count, first exchange id}; small maps, one per identity kind. */
    final Map<String, long[]> ips = new HashMap<>(4);
    final Map<String, long[]> userAgents = new HashMap<>(4);
    final Map<String, long[]> keys = new HashMap<>(4);
    /** model name to first use (epoch ms). */
    final Map<String, Long> modelFirstUse = new HashMap<>(4);
    /** distinct prompt SimHash to {count, first exchange id}, capped; insertion order. */
    final Map<Long, long[]> simhashes = new LinkedHashMap<>();
    long simhashedExchanges;

    /** Bottom-k sample of exchanges with text: ids and their hash keys, for text classification. */
    long[] sampleIds = new long[0];
    private long[] sampleKeys = new long[0];

    /** Text classification of the sampled prompts. */
    int textsSampled;
    final int[] categoryCounts = new int[PromptClassifier.Category.values().length];
    /** Sampled prompts with any capability cue (coding, agentic or long-horizon). */
    int capabilityCount;
    final Map<PromptClassifier.Category, long[]> categoryExamples = new HashMap<>();

    AccountProfile(int index, String name) {
        this.index = index;
        this.name = name;
    }

    void exchange(long exchangeId, long ts, long caseStart, String ip, String ua, String key, String model,
                  int tokensInValue, int tokensOutValue, Long simhash, int simhashCap) {
        exchanges++;
        if (ts < firstSeen) {
            firstSeen = ts;
            firstExchangeId = exchangeId;
        }
        lastSeen = Math.max(lastSeen, ts);
        hourOfDay[(int) Math.floorMod(ts / HOUR, 24L)]++;
        long hour = (ts - caseStart) / HOUR;
        if (hour >= 0 && hour < Integer.MAX_VALUE) {
            activeHours.set((int) hour);
            int day = (int) (hour / 24);
            if (day >= dayCounts.length) {
                dayCounts = java.util.Arrays.copyOf(dayCounts, Math.max(day + 1, dayCounts.length * 2));
            }
            dayCounts[day]++;
        }
        count(ips, ip, exchangeId);
        count(userAgents, ua, exchangeId);
        count(keys, key, exchangeId);
        if (model != null) {
            modelFirstUse.merge(model, ts, Math::min);
        }
        if (tokensInValue >= 0 && tokensOutValue >= 0) {
            tokensIn += tokensInValue;
            tokensOut += tokensOutValue;
            tokenExchanges++;
        }
        if (simhash != null) {
            simhashedExchanges++;
            long[] c = simhashes.get(simhash);
            if (c != null) {
                c[0]++;
            } else if (simhashes.size() < simhashCap) {
                simhashes.put(simhash, new long[] {1, exchangeId});
            }
        }
    }

    /** Offers an exchange with text to the sample; keeps the k with the smallest hash of their id (deterministic). */
    void offerSample(long exchangeId, int k) {
        long key = mix(exchangeId);
        if (sampleIds.length < k) {
            sampleIds = java.util.Arrays.copyOf(sampleIds, sampleIds.length + 1);
            sampleKeys = java.util.Arrays.copyOf(sampleKeys, sampleKeys.length + 1);
            sampleIds[sampleIds.length - 1] = exchangeId;
            sampleKeys[sampleKeys.length - 1] = key;
            return;
        }
        int worst = 0;
        for (int i = 1; i < k; i++) {
            if (Long.compareUnsigned(sampleKeys[i], sampleKeys[worst]) > 0) {
                worst = i;
            }
        }
        if (k > 0 && Long.compareUnsigned(key, sampleKeys[worst]) < 0) {
            sampleIds[worst] = exchangeId;
            sampleKeys[worst] = key;
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    void classified(long exchangeId, java.util.Set<PromptClassifier.Category> categories) {
        textsSampled++;
        if (categories.contains(PromptClassifier.Category.CODING) || categories.contains(PromptClassifier.Category.AGENTIC)
                || categories.contains(PromptClassifier.Category.LONG_HORIZON)) {
            capabilityCount++;
        }
        for (PromptClassifier.Category c : categories) {
            categoryCounts[c.ordinal()]++;
            long[] ex = categoryExamples.computeIfAbsent(c, k -> new long[] {-1, -1, -1});
            for (int i = 0; i < ex.length; i++) {
                if (ex[i] < 0) {
                    ex[i] = exchangeId;
                    break;
                }
            }
        }
    }

    double categoryShare(PromptClassifier.Category c) {
        return textsSampled == 0 ? 0 : (double) categoryCounts[c.ordinal()] / textsSampled;
    }

    boolean hasExchanges() {
        return exchanges > 0;
    }

    /** Days from sign-up to first exchange, or -1 when either is unknown. */
    double daysToFirstUse() {
        if (createdAt < 0 || !hasExchanges()) {
            return -1;
        }
        return Math.max(0, (firstSeen - createdAt) / (double) DAY);
    }

    String emailDomain() {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The shape of the e-mail's local part with its domain: a run of letters as 'a', a run of digits as '9' and its
     * length ("maria.lopez4821@proton.me" gives "a.a94@proton.me").
     */
    String emailPattern() {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at <= 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        char last = 0;
        int run = 0;
        for (char ch : email.substring(0, at).toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            char cls = Character.isDigit(ch) ? '9' : Character.isLetter(ch) ? 'a' : ch;
            if (cls != last && run > 0) {
                sb.append(last).append(last == '9' && run > 1 ? String.valueOf(run) : "");
                run = 0;
            }
            last = cls;
            run++;
        }
        sb.append(last).append(last == '9' && run > 1 ? String.valueOf(run) : "");
        return sb + "@" + emailDomain();
    }

    private static void count(Map<String, long[]> map, String value, long exchangeId) {
        if (value == null) {
            return;
        }
        long[] c = map.get(value);
        if (c == null) {
            map.put(value, new long[] {1, exchangeId});
        } else {
            c[0]++;
        }
    }
}
