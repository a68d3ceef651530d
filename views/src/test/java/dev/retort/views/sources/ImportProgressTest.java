package dev.retort.views.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void rateAndTimeLeftFollowFromBytesAndElapsedTime() {
        ImportProgress p = new ImportProgress(50L << 20, 100L << 20, 10_000, "reading");
        assertEquals(0.5, p.fraction(), 1e-9);
        assertEquals(5.0 * (1 << 20), p.bytesPerSecond(), 1e-6);
        assertEquals(10_000, p.etaMs());
        assertEquals("5.0 MB/s · 0:10 left", p.rateAndEta());
    }

    @Test
    void unknownTotalHasNoFractionAndNoTimeLeft() {
        ImportProgress p = new ImportProgress(1 << 20, -1, 1_000, null);
        assertEquals(-1, p.fraction());
        assertEquals(-1, p.etaMs());
        assertEquals("1.0 MB/s", p.rateAndEta());
    }
}
