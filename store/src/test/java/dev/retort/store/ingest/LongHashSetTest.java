package dev.retort.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void answersLikeAHashSetForRandomRepeatedAndZeroKeys() {
        Random rnd = new Random(5);
        LongHashSet set = new LongHashSet(16);
        Set<Long> reference = new HashSet<>();
        for (int i = 0; i < 300_000; i++) {
            long key = switch (rnd.nextInt(4)) {
                case 0 -> 0L;
                case 1 -> rnd.nextInt(1000);        // small keys, often repeated
                default -> rnd.nextLong();
            };
            assertEquals(reference.add(key), set.add(key), "add " + key);
        }
        assertEquals(reference.size(), set.size());
        for (int i = 0; i < 10_000; i++) {
            long probe = rnd.nextBoolean() ? rnd.nextInt(2000) : rnd.nextLong();
            assertEquals(reference.contains(probe), set.contains(probe), "contains " + probe);
        }
    }

    @Test
    void growsOneSmallTableAtATime() {
        LongHashSet set = new LongHashSet(1024);
        Random rnd = new Random(6);
        for (int i = 0; i < 2_000_000; i++) {
            set.add(rnd.nextLong());
        }
        assertEquals(2_000_000, set.size(), "random 64-bit keys do not repeat here");
        assertTrue(set.totalSlots() < 2_000_000 / 0.45, "load stays above 45 %: " + set.totalSlots());
        assertTrue(set.largestSegmentSlots() < set.totalSlots() / 100,
                "a grow allocates about 1/256 of the set, not all of it: " + set.largestSegmentSlots());
    }
}
