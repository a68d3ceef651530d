package dev.retort.store.ingest;

/**
 * The 64-bit SimHash of a prompt, computed while importing so that analysis can group prompts built from one
 * template without reading their text. Normalisation: case folded, every run of digits becomes one token "0",
 * everything that is not a letter or digit separates tokens. Features are overlapping pairs of tokens (so word
 * order counts), each hashed to 64 bits; bit i of the result is set when more than half of the features have
 * bit i set. Similar prompts differ in few bits: compare with {@link #distance(long, long)}.
 *
 * <p>It runs for every imported exchange, so the 64 per-bit counts are kept bit-sliced (nine words, one per
 * binary digit of all 64 counts, added to with a ripple carry) and compared with the threshold the same way. The
 * result is the same as counting bit by bit; a test holds it to the fingerprints stored by earlier versions.
 */
public final class PromptSimHash {

    /** Only the first tokens count: templates show in the opening, and this bounds the cost per prompt. */
    static final int MAX_TOKENS = 256;

    private static final long NUMBER_TOKEN = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Counts reach at most MAX_TOKENS = 256, which needs 9 bits. */
    private static final int PLANES = 9;
    private static final byte[] FOLD = new byte[128]; // ASCII: lower-cased letter, -1 digit, 0 separator

    static {
        for (int c = 0; c < 128; c++) {
            FOLD[c] = (byte) (Character.isLetter(c) ? Character.toLowerCase(c) : Character.isDigit(c) ? -1 : 0);
        }
    }

    private PromptSimHash() {}

    public static long of(CharSequence prompt) {
        return WORK.get().hash(prompt);
    }

    /** Per-thread scratch space (the counters); tokenising takes one table look-up per ASCII character. */
    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    private static final class Work {
        private static final int NONE = 0;
        private static final int WORD = 1;
        private static final int NUMBER = 2;

        /** Bit-sliced counters: bit i of planes[j] is bit j of the count of features with bit i set. */
        private final long[] planes = new long[PLANES];
        private int features;
        private long prev;
        private boolean havePrev;

        long hash(CharSequence prompt) {
            java.util.Arrays.fill(planes, 0);
            features = 0;
            havePrev = false;
            int mode = NONE;
            long word = 0;
            int n = prompt.length();
            for (int k = 0; k < n; k++) {
                char c = prompt.charAt(k);
                int f = c < 128 ? FOLD[c] : foldWide(c);
                if (f > 0) { // a letter, already lower-cased
                    if (mode != WORD) {
                        if (mode == NUMBER && feature(NUMBER_TOKEN)) {
                            return result();
                        }
                        word = FNV_OFFSET;
                        mode = WORD;
                    }
                    word = (word ^ f) * FNV_PRIME;
                } else if (f < 0) { // a digit: every run of digits is one token
                    if (mode == WORD && feature(word)) {
                        return result();
                    }
                    mode = NUMBER;
                } else {
                    if (mode != NONE && feature(mode == WORD ? word : NUMBER_TOKEN)) {
                        return result();
                    }
                    mode = NONE;
                }
            }
            if (mode != NONE) {
                feature(mode == WORD ? word : NUMBER_TOKEN);
            }
            return result();
        }

        private long result() {
            if (features == 0) {
                return 0L;
            }
            // Bit i is set when its count exceeds features / 2 (2 * count > features): a bit-sliced comparison
            // of all 64 counts against that threshold, from the most significant plane down.
            int threshold = features >>> 1;
            long greater = 0;
            long equal = -1L;
            for (int j = PLANES - 1; j >= 0; j--) {
                if ((threshold >>> j & 1) == 0) {
                    greater |= equal & planes[j];
                    equal &= ~planes[j];
                } else {
                    equal &= planes[j];
                }
            }
            return greater;
        }

        /** Counts one token (paired with the one before it); true once the token limit is reached. */
        private boolean feature(long token) {
            long feature = havePrev ? mix(prev * 31 + token) : mix(token);
            havePrev = true;
            prev = token;
            long carry = feature; // adds 1 to the count of every bit set in the feature, ripple-carry per plane
            for (int j = 0; carry != 0; j++) {
                long sum = planes[j] ^ carry;
                carry &= planes[j];
                planes[j] = sum;
            }
            return ++features >= MAX_TOKENS;
        }
    }

    /** Outside ASCII: a letter's lower case, -1 for a digit, 0 for a separator. */
    private static int foldWide(char c) {
        if (Character.isLetter(c)) {
            return Character.toLowerCase(c);
        }
        return Character.isDigit(c) ? -1 : 0;
    }

    /** Hamming distance between two SimHashes: 0 = same normalised wording, small = near-duplicates. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole word. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
