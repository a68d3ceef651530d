package dev.retort.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PromptSimHashTest {

    @Test
    void caseSpacingAndNumbersDoNotChangeTheFingerprint() {
        assertEquals(PromptSimHash.of("Solve problem 17 step by step, showing reasoning."),
                PromptSimHash.of("solve   PROBLEM 2048 step by step; showing reasoning"));
    }

    @Test
    void promptsFromOneTemplateAreCloserThanUnrelatedPrompts() {
        String a = "You are an expert Rust engineer. Write a function that parses a CSV file of invoices and returns "
                + "the total per customer. Think step by step and explain each step before the code.";
        String b = "You are an expert Rust engineer. Write a function that parses a JSON file of orders and returns "
                + "the total per customer. Think step by step and explain each step before the code.";
        String c = "What is a good recipe for a vegetarian lasagna for six people with spinach and ricotta?";
        int near = PromptSimHash.distance(PromptSimHash.of(a), PromptSimHash.of(b));
        int far = PromptSimHash.distance(PromptSimHash.of(a), PromptSimHash.of(c));
        assertTrue(near < 16, "template siblings differ in few bits: " + near);
        assertTrue(far > near + 10, "unrelated prompts differ in many bits: " + far + " vs " + near);
    }

    @Test
    void emptyOrSymbolOnlyPromptHashesToZero() {
        assertEquals(0L, PromptSimHash.of(""));
        assertEquals(0L, PromptSimHash.of("  ?!  ..."));
    }

    @Test
    void packedBitCountingEqualsCountingBitByBit() {
        Random rnd = new Random(7);
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            int words = rnd.nextInt(600);
            for (int w = 0; w < words; w++) {
                sb.append(rnd.nextInt(10) == 0 ? String.valueOf(rnd.nextInt(999)) : "w" + rnd.nextInt(50))
                        .append(' ');
            }
            assertEquals(reference(sb), PromptSimHash.of(sb), "prompt " + n);
        }
    }

    @Test
    void blockwiseTokeniserGivesTheFingerprintsStoredByEarlierVersions() {
        // Stored cases keep their prompt_simhash: the faster tokeniser must agree with the one it replaced, also
        // on mixed case, non-ASCII letters and digits, long prompts across copy blocks and the token limit.
        Random rnd = new Random(11);
        String[] pieces = {"Step", "by", "STEP", "reasoning", "é", "Ünïcödé", "日本語", "٣٤", "42", "x1y2", "--", "\n",
            "  ", "café", "ǅ", "İstanbul", "𝔘𝔫𝔦", "_", "tool_call", "9" };
        for (int n = 0; n < 400; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = rnd.nextInt(n % 10 == 0 ? 3000 : 300);
            for (int w = 0; w < parts; w++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
                if (rnd.nextBoolean()) {
                    sb.append(' ');
                }
            }
            assertEquals(previous(sb), PromptSimHash.of(sb), "prompt " + n);
        }
    }

    /** The implementation of Retort 0.1.0 before the block-wise tokeniser, kept verbatim as the compatibility oracle. */
    private static long previous(CharSequence prompt) {
        int[] ones = new int[64];
        long[] lanes = new long[8]; // lanes[k] byte j counts bit (8k + j)
        int inLanes = 0;
        int features = 0;
        long prev = 0;
        boolean havePrev = false;
        int n = prompt.length();
        int i = 0;
        while (i < n && features < PromptSimHash.MAX_TOKENS) {
            char c = prompt.charAt(i);
            int cls = previousClassOf(c);
            long h;
            if (cls == 2) {
                while (i < n && previousClassOf(prompt.charAt(i)) == 2) {
                    i++;
                }
                h = 0x9E3779B97F4A7C15L; // every number is the same token
            } else if (cls == 1) {
                h = 0xcbf29ce484222325L;
                while (i < n) {
                    char d = prompt.charAt(i);
                    if (previousClassOf(d) != 1) {
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
            long feature = havePrev ? PromptSimHash.mix(prev * 31 + h) : PromptSimHash.mix(h);
            havePrev = true;
            prev = h;
            features++;
            for (int k = 0; k < 8; k++) {
                lanes[k] += PREVIOUS_SPREAD[(int) (feature >>> (8 * k)) & 0xFF];
            }
            if (++inLanes == 255) {
                previousDrain(lanes, ones);
                inLanes = 0;
            }
        }
        if (features == 0) {
            return 0L;
        }
        previousDrain(lanes, ones);
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (2 * ones[b] > features) {
                out |= 1L << b;
            }
        }
        return out;
    }

    private static int previousClassOf(char c) {
        if (c < 128) {
            return PREVIOUS_CLASS[c];
        }
        return Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
    }


    private static final long[] PREVIOUS_SPREAD = new long[256];
    private static final byte[] PREVIOUS_CLASS = new byte[128];

    static {
        for (int b = 0; b < 256; b++) {
            long w = 0;
            for (int bit = 0; bit < 8; bit++) {
                if ((b >>> bit & 1) != 0) {
                    w |= 1L << (bit * 8);
                }
            }
            PREVIOUS_SPREAD[b] = w;
        }
        for (int c = 0; c < 128; c++) {
            PREVIOUS_CLASS[c] = (byte) (Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0);
        }
    }

    private static void previousDrain(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            long w = lanes[k];
            for (int j = 0; j < 8; j++) {
                ones[8 * k + j] += (int) (w >>> (8 * j) & 0xFF);
            }
            lanes[k] = 0;
        }
    }

    /** The textbook SimHash over the same features, one bit at a time. */
    private static long reference(CharSequence s) {
        String[] tokens = s.toString().toLowerCase().replaceAll("[0-9]+", " 0 ").split("[^\\p{L}0-9]+");
        int[] ones = new int[64];
        int features = 0;
        long prev = 0;
        boolean havePrev = false;
        for (String t : tokens) {
            if (t.isEmpty() || features >= PromptSimHash.MAX_TOKENS) {
                continue;
            }
            long h;
            if (t.equals("0")) {
                h = 0x9E3779B97F4A7C15L;
            } else {
                h = 0xcbf29ce484222325L;
                for (char ch : t.toCharArray()) {
                    h = (h ^ ch) * 0x100000001b3L;
                }
            }
            long f = havePrev ? PromptSimHash.mix(prev * 31 + h) : PromptSimHash.mix(h);
            havePrev = true;
            prev = h;
            features++;
            for (int b = 0; b < 64; b++) {
                ones[b] += (int) (f >>> b & 1);
            }
        }
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (features > 0 && 2 * ones[b] > features) {
                out |= 1L << b;
            }
        }
        return out;
    }
}
