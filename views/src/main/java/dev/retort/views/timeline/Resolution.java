package dev.retort.views.timeline;

/**
 * Picks the bucket size for a window: the finest that keeps at most {@link #MAX_BUCKETS} bars, and a sub-hour size
 * only when the hourly rollups say the window holds few enough exchanges to count them row by row within the
 * time budget (see docs/decisions/0061-timeline-resolution.md).
 */
final class Resolution {
    static final int MAX_BUCKETS = 480;
    /** Exchanges a fine (sub-hour) query may read; measured to stay well under 100 ms on this machine. */
    static final long FINE_ROW_BUDGET = 150_000;
    static final long MINUTE = 60_000L;
    static final long HOUR = HourlyCube.HOUR_MS;
    static final long DAY = 24 * HOUR;
    static final long[] FINE = {MINUTE, 5 * MINUTE, 15 * MINUTE};
    static final long[] COARSE = {HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 7 * DAY};

    private Resolution() {
    }

    /** The bucket size for {@code [from, to)}; {@code estimatedRows} is the exchange count the rollups give for it. */
    static long bucketFor(long from, long to, long estimatedRows) {
        long width = to - from;
        if (estimatedRows <= FINE_ROW_BUDGET) {
            for (long b : FINE) {
                if (width / b <= MAX_BUCKETS) {
                    return b;
                }
            }
        }
        for (long b : COARSE) {
            if (width / b <= MAX_BUCKETS) {
                return b;
            }
        }
        return COARSE[COARSE.length - 1];
    }

    static boolean isFine(long bucketMs) {
        return bucketMs < HOUR;
    }

    /** "1 min", "15 min", "1 h", "6 h", "1 day", "7 days". */
    static String describe(long bucketMs) {
        if (bucketMs < HOUR) {
            return bucketMs / MINUTE + " min";
        }
        if (bucketMs < DAY) {
            return bucketMs / HOUR + " h";
        }
        long days = bucketMs / DAY;
        return days == 1 ? "1 day" : days + " days";
    }
}
