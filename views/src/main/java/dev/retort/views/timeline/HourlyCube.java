package dev.retort.views.timeline;

import java.util.List;

/**
 * Exchanges per series and hour over the whole case, summed once from {@code rollup_account_hour}. Every zoom level
 * of an hour or coarser is computed from it in memory, so zooming and panning at those levels never touch the case.
 * {@code seriesOfAccount[id]} says which series an account row id falls in (-1: not counted).
 */
final class HourlyCube {
    static final long HOUR_MS = 3_600_000L;

    private final List<Series> series;
    private final long firstHour;
    private final long[][] counts;
    private final int[] seriesOfAccount;
    private final List<Integer> onlyAccounts;

    HourlyCube(List<Series> series, long firstHour, long[][] counts, int[] seriesOfAccount, List<Integer> onlyAccounts) {
        this.series = List.copyOf(series);
        this.firstHour = firstHour;
        this.counts = counts;
        this.seriesOfAccount = seriesOfAccount;
        this.onlyAccounts = onlyAccounts == null ? null : List.copyOf(onlyAccounts);
    }

    /** The account row ids a drill-down counts, or null when it counts every account. */
    List<Integer> onlyAccounts() {
        return onlyAccounts;
    }

    List<Series> series() {
        return series;
    }

    int[] seriesOfAccount() {
        return seriesOfAccount;
    }

    int hours() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    /** Exchanges of one series per hour from {@link #startMs()} (the cube's own array: do not change it). */
    long[] row(int series) {
        return counts[series];
    }

    /** Start of the first hour with data, epoch ms. */
    long startMs() {
        return firstHour * HOUR_MS;
    }

    /** End of the last hour with data, epoch ms. */
    long endMs() {
        return (firstHour + Math.max(hours(), 1)) * HOUR_MS;
    }

    boolean isEmpty() {
        return hours() == 0;
    }

    /** Exchanges in the hours that overlap {@code [from, to)}: an upper bound of the rows a fine query reads. */
    long estimateRows(long from, long to) {
        int a = (int) Math.max(0, Math.floorDiv(from, HOUR_MS) - firstHour);
        int b = (int) Math.min(hours(), Math.floorDiv(to - 1, HOUR_MS) - firstHour + 1);
        long sum = 0;
        for (long[] row : counts) {
            for (int h = a; h < b; h++) {
                sum += row[h];
            }
        }
        return sum;
    }

    /** Sums the cube into buckets of {@code bucketMs} (a multiple of an hour) from {@code startMs}. */
    long[][] sum(long startMs, long bucketMs, int buckets) {
        long[][] out = new long[series.size()][buckets];
        long endMs = startMs + bucketMs * buckets;
        int a = (int) Math.max(0, Math.floorDiv(startMs, HOUR_MS) - firstHour);
        int b = (int) Math.min(hours(), Math.floorDiv(endMs - 1, HOUR_MS) - firstHour + 1);
        for (int s = 0; s < counts.length; s++) {
            long[] row = counts[s];
            long[] target = out[s];
            for (int h = a; h < b; h++) {
                long v = row[h];
                if (v != 0) {
                    target[(int) (((firstHour + h) * HOUR_MS - startMs) / bucketMs)] += v;
                }
            }
        }
        return out;
    }
}
