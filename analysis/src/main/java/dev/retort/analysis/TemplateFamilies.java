package dev.retort.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Groups prompt SimHashes into template families: hashes within {@code maxDistance} bits of each other (Charikar's
 * SimHash; Manku, Jain and Das Sarma's multi-table search for near duplicates). Each of several tables keys a hash
 * by a fixed random sample of its bits; inside a bucket a hash is compared only with a few leaders, so the cost
 * stays linear even when one template fills thousands of prompts. Deterministic: fixed seed, sorted input.
 */
final class TemplateFamilies {
    private static final int TABLES = 20;
    private static final int BITS_PER_KEY = 14;
    private static final int LEADERS = 6;

    private final long[] hashes;
    private final int[] parent;

    private TemplateFamilies(long[] sortedDistinct) {
        this.hashes = sortedDistinct;
        this.parent = new int[sortedDistinct.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    /** Clusters the distinct hashes; {@link #family(long)} then names each hash's family by its smallest member. */
    static TemplateFamilies of(long[] hashes, int maxDistance) {
        long[] distinct = Arrays.stream(hashes).sorted().distinct().toArray();
        TemplateFamilies f = new TemplateFamilies(distinct);
        f.cluster(maxDistance);
        return f;
    }

    private void cluster(int maxDistance) {
        SplittableRandom rnd = new SplittableRandom(0x5EED_7E3Dl);
        for (int t = 0; t < TABLES; t++) {
            int[] bits = new int[BITS_PER_KEY];
            for (int b = 0; b < BITS_PER_KEY; b++) {
                bits[b] = rnd.nextInt(64);
            }
            int[] buckets = new int[(1 << BITS_PER_KEY) * (LEADERS + 1)]; // per bucket: count, then leaders
            for (int i = 0; i < hashes.length; i++) {
                int base = key(hashes[i], bits) * (LEADERS + 1);
                int count = buckets[base];
                boolean joined = false;
                for (int l = 1; l <= count; l++) {
                    if (Long.bitCount(hashes[i] ^ hashes[buckets[base + l]]) <= maxDistance) {
                        union(i, buckets[base + l]);
                        joined = true;
                        break;
                    }
                }
                if (!joined && count < LEADERS) {
                    buckets[base + count + 1] = i;
                    buckets[base] = count + 1;
                }
            }
        }
    }

    private static int key(long h, int[] bits) {
        int k = 0;
        for (int b : bits) {
            k = (k << 1) | (int) ((h >>> b) & 1L);
        }
        return k;
    }

    /** The family of a hash that was part of the input: the smallest hash of its family. */
    long family(long hash) {
        int i = Arrays.binarySearch(hashes, hash);
        if (i < 0) {
            return hash;
        }
        return hashes[find(i)];
    }

    int distinctHashes() {
        return hashes.length;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // the smaller index (= smaller hash) stays root, so a family is named by its smallest hash
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }
}
