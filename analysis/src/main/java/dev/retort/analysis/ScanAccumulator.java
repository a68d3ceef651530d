package dev.retort.analysis;

import dev.retort.store.ingest.PromptSimHash;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Per-account aggregates of the streaming scan, in primitive arrays keyed by dictionary ids (no boxing, no string
 * hashing per row). {@link #into} turns them into the {@link AccountProfile} the detection reads.
 */
final class ScanAccumulator {
    private final AccountProfile p;
    private final long caseStart;
    private final int simhashCap;
    private final int textSample;
    /** ip, user-agent and key ids with their count and first exchange, as parallel arrays. */
    private final IdCounts ips = new IdCounts();
    private final IdCounts uas = new IdCounts();
    private final IdCounts keys = new IdCounts();
    private long[] modelFirstUse = new long[0];
    private final long[] simhash;
    private final long[] simhashCount;
    private final long[] simhashFirst;
    private int simhashes;
    /** Index of the kept hash with the largest mixed value once the sample is full; -1 when to be recomputed. */
    private int worst = -1;

    ScanAccumulator(AccountProfile p, long caseStart, int simhashCap, int textSample) {
        this.p = p;
        this.caseStart = caseStart;
        this.simhashCap = simhashCap;
        this.textSample = textSample;
        this.simhash = new long[simhashCap];
        this.simhashCount = new long[simhashCap];
        this.simhashFirst = new long[simhashCap];
    }

    /** One exchange; ids are 0 when unknown, a SimHash of 0 means no prompt text. */
    void add(long id, long ts, int keyId, int ipId, int uaId, int modelId, int tokensIn, int tokensOut, long sh) {
        p.exchanges++;
        if (ts < p.firstSeen || (ts == p.firstSeen && id < p.firstExchangeId)) {
            p.firstSeen = ts;
            p.firstExchangeId = id;
        }
        if (ts > p.lastSeen) {
            p.lastSeen = ts;
        }
        long hourOfEpoch = ts / AccountProfile.HOUR;
        p.hourOfDay[(int) Math.floorMod(hourOfEpoch, 24L)]++;
        long hour = (ts - caseStart) / AccountProfile.HOUR;
        if (hour >= 0 && hour < Integer.MAX_VALUE) {
            p.activeHours.set((int) hour);
            int day = (int) (hour / 24);
            if (day >= p.dayCounts.length) {
                p.dayCounts = Arrays.copyOf(p.dayCounts, Math.max(day + 1, p.dayCounts.length * 2));
            }
            p.dayCounts[day]++;
        }
        ips.add(ipId, id);
        uas.add(uaId, id);
        keys.add(keyId, id);
        if (modelId > 0) {
            if (modelId >= modelFirstUse.length) {
                int old = modelFirstUse.length;
                modelFirstUse = Arrays.copyOf(modelFirstUse, modelId + 1);
                Arrays.fill(modelFirstUse, old, modelFirstUse.length, Long.MAX_VALUE);
            }
            modelFirstUse[modelId] = Math.min(modelFirstUse[modelId], ts);
        }
        p.tokensIn += tokensIn;
        p.tokensOut += tokensOut;
        p.tokenExchanges++;
        if (sh != 0) {
            p.simhashedExchanges++;
            int i = 0;
            while (i < simhashes && simhash[i] != sh) {
                i++;
            }
            if (i < simhashes) {
                simhashCount[i]++;
                simhashFirst[i] = Math.min(simhashFirst[i], id);
            } else if (simhashes < simhashCap) {
                simhash[simhashes] = sh;
                simhashCount[simhashes] = 1;
                simhashFirst[simhashes] = id;
                simhashes++;
            } else {
                // keep the distinct hashes whose mixed value is smallest: the same sample in any reading order
                if (worst < 0) {
                    worst = worstIndex();
                }
                if (Long.compareUnsigned(PromptSimHash.mix(sh), PromptSimHash.mix(simhash[worst])) < 0) {
                    simhash[worst] = sh;
                    simhashCount[worst] = 1;
                    simhashFirst[worst] = id;
                    worst = -1;
                }
            }
            p.offerSample(id, textSample);
        }
    }

    private int worstIndex() {
        int w = 0;
        for (int k = 1; k < simhashes; k++) {
            if (Long.compareUnsigned(PromptSimHash.mix(simhash[k]), PromptSimHash.mix(simhash[w])) > 0) {
                w = k;
            }
        }
        return w;
    }


    /** Writes the aggregates into the profile, naming ids through the dictionaries. */
    void into(IntFunction<String> ipNames, IntFunction<String> uaNames, IntFunction<String> keyNames,
              IntFunction<String> modelNames) {
        ips.into(p.ips, ipNames);
        uas.into(p.userAgents, uaNames);
        keys.into(p.keys, keyNames);
        for (int m = 1; m < modelFirstUse.length; m++) {
            String model = modelFirstUse[m] != Long.MAX_VALUE ? modelNames.apply(m) : null;
            if (model != null) {
                p.modelFirstUse.merge(model, modelFirstUse[m], Math::min);
            }
        }
        Integer[] order = new Integer[simhashes];
        for (int i = 0; i < simhashes; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(simhash[x], simhash[y])); // the same order whatever the reading
        for (int i : order) {
            p.simhashes.put(simhash[i], new long[] {simhashCount[i], simhashFirst[i]});
        }
    }

    /** A small map from dictionary id to {count, first exchange id}: linear while small, hashed when large. */
    static final class IdCounts {
        private int[] ids = new int[4];
        private long[] counts = new long[4];
        private long[] firsts = new long[4];
        private int size;
        private java.util.HashMap<Integer, Integer> index;

        void add(int id, long exchangeId) {
            if (id <= 0) {
                return;
            }
            int at = find(id);
            if (at >= 0) {
                counts[at]++;
                firsts[at] = Math.min(firsts[at], exchangeId); // the earliest row, whatever the reading order
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                firsts = Arrays.copyOf(firsts, size * 2);
            }
            ids[size] = id;
            counts[size] = 1;
            firsts[size] = exchangeId;
            if (index != null) {
                index.put(id, size);
            } else if (size >= 32) {
                index = new java.util.HashMap<>();
                for (int i = 0; i <= size; i++) {
                    index.put(ids[i], i);
                }
            }
            size++;
        }

        private int find(int id) {
            if (index != null) {
                Integer at = index.get(id);
                return at == null ? -1 : at;
            }
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    return i;
                }
            }
            return -1;
        }

        void into(java.util.Map<String, long[]> out, IntFunction<String> names) {
            for (int i = 0; i < size; i++) {
                String name = names.apply(ids[i]);
                if (name != null) {
                    out.put(name, new long[] {counts[i], firsts[i]});
                }
            }
        }
    }
}
