package dev.retort.generator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Decides when every exchange of one UTC day happens: a sorted array of {@code (millisOfDay << 32) | accountIndex}.
 * Uses only the day's own random stream, so a day's output does not depend on which thread made it.
 */
final class DayPlanner {

    private static final long DAY = 86_400_000L;

    private final Scenario scenario;

    DayPlanner(Scenario scenario) {
        this.scenario = scenario;
    }

    long[] plan(long epochDay, SplittableRandom r) {
        long dayStart = epochDay * DAY;
        long dayEnd = dayStart + DAY;
        int isoDow = LocalDate.ofEpochDay(epochDay).getDayOfWeek().getValue();
        long[] ev = new long[1024];
        int n = 0;
        for (Account a : scenario.accounts) {
            if (a.rhythm.kind != Rhythm.Kind.CURVE || !a.overlaps(dayStart, dayEnd)) {
                continue;
            }
            // Day-to-day variation: some days are busier than others for everybody.
            double weeks = (dayStart - scenario.start()) / (7.0 * DAY);
            double lambda = a.rate * a.rhythm.weekday(isoDow) * Math.exp(r.nextGaussian() * 0.2 - 0.02)
                    * Math.max(0.2, 1 + a.drift * weeks);
            int k = Rng.poisson(r, lambda);
            for (int i = 0; i < k; i++) {
                int ms = a.rhythm.sampleMillisOfDay(r);
                if (!a.activeAt(dayStart + ms)) {
                    continue;
                }
                if (n == ev.length) {
                    ev = Arrays.copyOf(ev, n * 2);
                }
                ev[n++] = ((long) ms << 32) | a.index;
            }
        }
        for (Scenario.Lab lab : scenario.labs) {
            SplittableRandom lr = Rng.of(scenario.options.seed() ^ 0x1ABL, epochDay * 64 + lab.index());
            boolean runDay = lr.nextDouble() < (isoDow <= 5 ? 0.45 : 0.1);
            if (!runDay) {
                continue;
            }
            int bursts = 1 + lr.nextInt(2);
            for (int b = 0; b < bursts; b++) {
                int localHour = 8 + lr.nextInt(12);
                int startMs = (int) Math.floorMod((localHour - lab.utcOffset()) * 3_600_000L + lr.nextInt(3_600_000),
                        DAY);
                int durMs = (20 + lr.nextInt(41)) * 60_000;
                for (Account a : lab.accounts()) {
                    int k = Rng.poisson(r, a.rate * durMs / 3_600_000.0);
                    for (int i = 0; i < k; i++) {
                        int ms = (int) ((startMs + (long) r.nextInt(durMs)) % DAY);
                        if (n == ev.length) {
                            ev = Arrays.copyOf(ev, n * 2);
                        }
                        ev[n++] = ((long) ms << 32) | a.index;
                    }
                }
            }
        }
        long[] out = Arrays.copyOf(ev, n);
        Arrays.sort(out);
        return out;
    }
}
