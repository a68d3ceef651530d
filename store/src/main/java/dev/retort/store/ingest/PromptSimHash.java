package dev.retort.store.ingest;

/**
 * The 64-bit SimHash of a prompt, computed while importing so that analysis can group prompts built from one
 * template without reading their text. Normalisation: case folded, every run of digits becomes one token "0",
 * everything that is not a letter or digit separates tokens. Features are overlapping pairs of tokens (so word
 * order counts), each hashed to 64 bits; bit i of the result is set when most features have bit i set.
 * Similar prompts differ in few bits: compare with {@link #distance(long, long)}.
 */
public final class PromptSimHash {

    /** Only the first tokens count: templates show in the opening, and this bounds the cost per prompt. */
    static final int MAX_TOKENS = 400;

    private PromptSimHash() {}

    public static long of(CharSequence prompt) {
        int[] ones = new int[64];
        int features = 0;
        long prev = 0;
        boolean havePrev = false;
        int tokens = 0;
        int n = prompt.length();
        int i = 0;
        while (i < n && tokens < MAX_TOKENS) {
            char c = prompt.charAt(i);
            long h;
            if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(prompt.charAt(i))) {
                    i++;
                }
                h = 0x9E3779B97F4A7C15L; // every number is the same token
            } else if (Character.isLetter(c)) {
                h = 0xcbf29ce484222325L;
                while (i < n) {
                    char d = prompt.charAt(i);
                    if (!Character.isLetter(d)) {
                        break;
                    }
                    h = (h ^ Character.toLowerCase(d)) * 0x100000001b3L;
                    i++;
                }
            } else {
                i++;
                continue;
            }
            tokens++;
            long feature = havePrev ? mix(prev * 31 + h) : mix(h);
            havePrev = true;
            prev = h;
            features++;
            for (int b = 0; b < 64; b++) {
                ones[b] += (int) ((feature >>> b) & 1L);
            }
        }
        if (features == 0) {
            return 0L;
        }
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (2 * ones[b] > features) {
                out |= 1L << b;
            }
        }
        return out;
    }

    /** Hamming distance between two SimHashes: 0 = same normalised wording, small = near-duplicates. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole word. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
