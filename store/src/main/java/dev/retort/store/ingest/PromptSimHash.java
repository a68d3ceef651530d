package dev.retort.store.ingest;

/**
 * The 64-bit SimHash of a prompt, computed while importing so that analysis can group prompts built from one
 * template without reading their text. Normalisation: case folded, every run of digits becomes one token "0",
 * everything that is not a letter or digit separates tokens. Features are overlapping pairs of tokens (so word
 * order counts), each hashed to 64 bits; bit i of the result is set when more than half of the features have
 * bit i set. Similar prompts differ in few bits: compare with {@link #distance(long, long)}.
 *
 * <p>It runs for every imported exchange, so the bit counting is done eight bits at a time: each byte of a
 * feature hash adds a lookup-table word that holds one 8-bit counter per bit, flushed before the counters can
 * overflow. The result is the same as counting bit by bit.
 */
public final class PromptSimHash {

    /** Only the first tokens count: templates show in the opening, and this bounds the cost per prompt. */
    static final int MAX_TOKENS = 256;

    private static final long NUMBER_TOKEN = 0x9E3779B97F4A7C15L;
    private static final long[] SPREAD = new long[256];
    private static final byte[] ASCII_CLASS = new byte[128]; // 0 separator, 1 letter, 2 digit

    static {
        for (int b = 0; b < 256; b++) {
            long w = 0;
            for (int bit = 0; bit < 8; bit++) {
                if ((b >>> bit & 1) != 0) {
                    w |= 1L << (bit * 8);
                }
            }
            SPREAD[b] = w;
        }
        for (int c = 0; c < 128; c++) {
            ASCII_CLASS[c] = (byte) (Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0);
        }
    }

    private PromptSimHash() {}

    public static long of(CharSequence prompt) {
        int[] ones = new int[64];
        long[] lanes = new long[8]; // lanes[k] byte j counts bit (8k + j)
        int inLanes = 0;
        int features = 0;
        long prev = 0;
        boolean havePrev = false;
        int n = prompt.length();
        int i = 0;
        while (i < n && features < MAX_TOKENS) {
            char c = prompt.charAt(i);
            int cls = classOf(c);
            long h;
            if (cls == 2) {
                while (i < n && classOf(prompt.charAt(i)) == 2) {
                    i++;
                }
                h = NUMBER_TOKEN; // every number is the same token
            } else if (cls == 1) {
                h = 0xcbf29ce484222325L;
                while (i < n) {
                    char d = prompt.charAt(i);
                    if (classOf(d) != 1) {
                        break;
                    }
                    char lower = d < 128 ? (d >= 'A' && d <= 'Z' ? (char) (d + 32) : d) : Character.toLowerCase(d);
                    h = (h ^ lower) * 0x100000001b3L;
                    i++;
                }
            } else {
                i++;
                continue;
            }
            long feature = havePrev ? mix(prev * 31 + h) : mix(h);
            havePrev = true;
            prev = h;
            features++;
            for (int k = 0; k < 8; k++) {
                lanes[k] += SPREAD[(int) (feature >>> (8 * k)) & 0xFF];
            }
            if (++inLanes == 255) {
                drain(lanes, ones);
                inLanes = 0;
            }
        }
        if (features == 0) {
            return 0L;
        }
        drain(lanes, ones);
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (2 * ones[b] > features) {
                out |= 1L << b;
            }
        }
        return out;
    }

    private static int classOf(char c) {
        if (c < 128) {
            return ASCII_CLASS[c];
        }
        return Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
    }

    private static void drain(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            long w = lanes[k];
            for (int j = 0; j < 8; j++) {
                ones[8 * k + j] += (int) (w >>> (8 * j) & 0xFF);
            }
            lanes[k] = 0;
        }
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
