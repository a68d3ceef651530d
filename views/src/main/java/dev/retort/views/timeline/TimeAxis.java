package dev.retort.views.timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Maps time to pixels for one window and width, and picks tick marks with UTC labels. */
final class TimeAxis {
    private static final long MIN = 60_000L;
    private static final long HOUR = 60 * MIN;
    private static final long DAY = 24 * HOUR;
    private static final long[] STEPS = {MIN, 5 * MIN, 15 * MIN, 30 * MIN, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY,
        2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm").withZone(ZoneOffset.UTC);

    private final long startMs;
    private final long endMs;
    private final double width;

    TimeAxis(long startMs, long endMs, double width) {
        this.startMs = startMs;
        this.endMs = endMs;
        this.width = width;
    }

    double x(long ms) {
        return (ms - startMs) * width / (double) (endMs - startMs);
    }

    long time(double x) {
        return startMs + Math.round(x * (endMs - startMs) / width);
    }

    /** A tick step that leaves at least {@code minPx} between labels. */
    long step(double minPx) {
        for (long s : STEPS) {
            if (s * width / (endMs - startMs) >= minPx) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    static String label(long ms, long step) {
        return step >= DAY ? DATE.format(Instant.ofEpochMilli(ms)) : TIME.format(Instant.ofEpochMilli(ms));
    }
}
