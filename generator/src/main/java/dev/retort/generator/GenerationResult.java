package dev.retort.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a run wrote.
 *
 * @param out       the output directory
 * @param accounts  accounts in accounts.csv
 * @param exchanges exchanges written (over all days)
 * @param bytes     bytes of exchange logs written (compressed size when gzipped)
 * @param files     the day files, in date order
 * @param elapsed   wall-clock time
 * @param cancelled true when the run stopped early on request (truth.json is then not written)
 */
public record GenerationResult(Path out, long accounts, long exchanges, long bytes, List<Path> files,
                               Duration elapsed, boolean cancelled) {

    /** Exchanges per second of wall-clock time. */
    public double exchangesPerSecond() {
        double s = Math.max(1e-3, elapsed.toMillis() / 1000.0);
        return exchanges / s;
    }

    /** Megabytes (10^6) per second of wall-clock time. */
    public double megabytesPerSecond() {
        double s = Math.max(1e-3, elapsed.toMillis() / 1000.0);
        return bytes / 1e6 / s;
    }
}
