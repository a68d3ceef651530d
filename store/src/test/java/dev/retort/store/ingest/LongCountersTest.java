package dev.retort.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongCountersTest {

    @Test
    void countsMatchAHashMapThroughGrowthAndClear() throws Exception {
        LongCounters counters = new LongCounters(2, 16);
        Map<Long, long[]> expected = new HashMap<>();
        Random rnd = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            // packed keys like the rollups' (account << 22 | hour), which collide in Long.hashCode
            long key = ((long) rnd.nextInt(3_000) << 22) | (490_000 + rnd.nextInt(48));
            int at = counters.slot(key);
            counters.values()[at] += 1;
            counters.values()[at + 1] += i;
            long[] e = expected.computeIfAbsent(key, k -> new long[2]);
            e[0] += 1;
            e[1] += i;
        }
        assertEquals(expected.size(), counters.size());
        Map<Long, long[]> seen = new HashMap<>();
        counters.forEach((key, at) -> seen.put(key, new long[] {counters.values()[at], counters.values()[at + 1]}));
        assertEquals(expected.keySet(), seen.keySet());
        expected.forEach((k, v) -> {
            assertEquals(v[0], seen.get(k)[0]);
            assertEquals(v[1], seen.get(k)[1]);
        });
        counters.clear();
        assertTrue(counters.isEmpty());
        int at = counters.slot(42L);
        assertEquals(0, counters.values()[at], "a key added after clear starts from zero");
        assertEquals(0, counters.values()[at + 1]);
    }
}
