package dev.retort.views.sources;

import java.util.Locale;

/**
 * A snapshot of a running import for the progress line: bytes done of total, elapsed time, and from those the rate
 * and the time left. Pure arithmetic, so it is tested without JavaFX.
 */
public record ImportProgress(long done, long total, long elapsedMs, String message) {

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) done / total) : -1;
    }

    /** Bytes per second so far, 0 before the first second's worth of data. */
    public double bytesPerSecond() {
        return elapsedMs <= 0 ? 0 : done * 1000.0 / elapsedMs;
    }

    /** Estimated milliseconds left, or -1 when unknown (no total, or no rate yet). */
    public long etaMs() {
        double rate = bytesPerSecond();
        if (total <= 0 || rate <= 0 || done <= 0) {
            return -1;
        }
        return (long) ((total - done) / rate * 1000);
    }

    /** "12.3 MB/s · 1:05 left" (or "…" while unknown). */
    public String rateAndEta() {
        double rate = bytesPerSecond();
        String r = rate <= 0 ? "…" : String.format(Locale.ROOT, "%.1f MB/s", rate / (1024 * 1024));
        long eta = etaMs();
        if (eta < 0) {
            return r;
        }
        long s = Math.round(eta / 1000.0);
        return r + String.format(Locale.ROOT, " · %d:%02d left", s / 60, s % 60);
    }
}
