package dev.retort.views.timeline;

import java.util.List;

/**
 * What the timeline draws for one window: exchanges per series and bucket.
 *
 * @param startMs       start of the first bucket, epoch ms (aligned to the bucket size, UTC)
 * @param bucketMs      bucket size
 * @param series        the bands, bottom first
 * @param counts        {@code counts[series][bucket]}
 * @param fromExchanges true when counted from {@code exchanges(ts)}, false when summed from the hourly rollups
 * @param queryMillis   how long the query took in the background (wall clock)
 * @param queryCpuMillis CPU time the query's thread spent (wall minus waiting for a core on a busy machine)
 */
public record TimelineSlice(long startMs, long bucketMs, List<Series> series, long[][] counts, boolean fromExchanges,
                            double queryMillis, double queryCpuMillis) {

    public int buckets() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    public long bucketStart(int bucket) {
        return startMs + bucket * bucketMs;
    }

    public long endMs() {
        return bucketStart(buckets());
    }

    /** Exchanges of every series in one bucket. */
    public long total(int bucket) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[bucket];
        }
        return sum;
    }

    /** Exchanges in the whole slice. */
    public long total() {
        long sum = 0;
        for (int b = 0; b < buckets(); b++) {
            sum += total(b);
        }
        return sum;
    }

    /** The tallest stack, for the vertical scale. */
    public long maxTotal() {
        long max = 0;
        for (int b = 0; b < buckets(); b++) {
            max = Math.max(max, total(b));
        }
        return max;
    }

    /** The bucket holding {@code ms}, or -1 outside the slice. */
    public int bucketAt(long ms) {
        if (ms < startMs || ms >= endMs()) {
            return -1;
        }
        return (int) ((ms - startMs) / bucketMs);
    }
}
