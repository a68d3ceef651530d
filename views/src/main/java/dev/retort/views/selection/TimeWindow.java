package dev.retort.views.selection;

import java.time.Instant;

/**
 * A half-open time window {@code [startMs, endMs)} in epoch milliseconds UTC, the unit of {@code exchanges.ts}.
 */
public record TimeWindow(long startMs, long endMs) {

    public TimeWindow {
        if (endMs <= startMs) {
            throw new IllegalArgumentException("a time window must end after it starts: " + startMs + ".." + endMs);
        }
    }

    public static TimeWindow of(Instant start, Instant end) {
        return new TimeWindow(start.toEpochMilli(), end.toEpochMilli());
    }

    public Instant start() {
        return Instant.ofEpochMilli(startMs);
    }

    public Instant end() {
        return Instant.ofEpochMilli(endMs);
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public boolean contains(long ms) {
        return ms >= startMs && ms < endMs;
    }

    @Override
    public String toString() {
        return start() + " – " + end();
    }
}
