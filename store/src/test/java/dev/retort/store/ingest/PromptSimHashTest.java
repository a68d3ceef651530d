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
