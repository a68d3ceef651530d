package dev.retort.generator;

import java.util.SplittableRandom;

/**
 * When an account sends: a 24-hour curve in UTC (already shifted by the account's time zone) and a factor per
 * weekday. Bursty populations (the benchmark harness) are timed elsewhere; see {@link DayPlanner}.
 */
final class Rhythm {

    enum Kind { CURVE, BURSTS }

    /** Developers: working day with an evening tail, weekends at half. */
    static final double[] DEVELOPER = {0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1.0, 1.4, 1.6, 1.6,
        1.2, 1.5, 1.6, 1.5, 1.3, 1.1, 0.9, 0.9, 1.0, 0.9, 0.6, 0.4};
    /** Enterprise office hours. */
    static final double[] OFFICE = {0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.1, 0.5, 1.5, 2.0, 2.0, 1.8,
        1.0, 1.8, 2.0, 1.9, 1.5, 0.6, 0.15, 0.05, 0.03, 0.02, 0.01, 0.01};
    /** Students: late mornings to past midnight. */
    static final double[] STUDENT = {0.8, 0.5, 0.25, 0.1, 0.05, 0.05, 0.1, 0.2, 0.4, 0.7, 1.0, 1.1,
        1.0, 1.1, 1.2, 1.2, 1.2, 1.1, 1.2, 1.4, 1.6, 1.7, 1.5, 1.1};
    /** A coding platform serving users on every continent: 24/7 with a mild swell. */
    static final double[] PLATFORM = {0.85, 0.8, 0.78, 0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.2,
        1.22, 1.25, 1.25, 1.22, 1.2, 1.15, 1.1, 1.05, 1.0, 0.95, 0.9, 0.88};
    static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    static final double[] WEEK_WORK = {1, 1, 1, 1, 0.95, 0.45, 0.4};
    static final double[] WEEK_OFFICE = {1, 1.05, 1.05, 1, 0.85, 0.04, 0.03};
    static final double[] WEEK_STUDENT = {1, 1.05, 1.05, 1, 0.8, 0.6, 0.9};
    static final double[] WEEK_PLATFORM = {1, 1.02, 1.02, 1, 0.97, 0.8, 0.78};
    static final double[] WEEK_FLAT = {1, 1, 1, 1, 1, 1, 1};

    final Kind kind;
    /** Cumulative UTC hour weights, normalised so the last is 1. */
    private final double[] cumulative = new double[24];
    /** Factor per ISO weekday - 1 (Monday = 0), in the account's local week. */
    private final double[] week;

    private Rhythm(Kind kind, double[] localHours, int utcOffsetHours, double[] week, SplittableRandom jitter) {
        this.kind = kind;
        this.week = week;
        double[] utc = new double[24];
        for (int h = 0; h < 24; h++) {
            double w = localHours[Math.floorMod(h + utcOffsetHours, 24)];
            utc[h] = jitter == null ? w : w * Rng.between(jitter, 0.75, 1.25);
        }
        double sum = 0;
        for (double w : utc) {
            sum += w;
        }
        double acc = 0;
        for (int h = 0; h < 24; h++) {
            acc += utc[h] / sum;
            cumulative[h] = acc;
        }
        cumulative[23] = 1.0;
    }

    /** A curve in local time shifted to UTC; jitter (may be null) makes each account's curve its own. */
    static Rhythm curve(double[] localHours, int utcOffsetHours, double[] week, SplittableRandom jitter) {
        return new Rhythm(Kind.CURVE, localHours, utcOffsetHours, week, jitter);
    }

    static Rhythm bursts() {
        return new Rhythm(Kind.BURSTS, FLAT, 0, WEEK_WORK, null);
    }

    /** The weekday factor; {@code isoDay} is 1 (Monday) to 7. */
    double weekday(int isoDay) {
        return week[isoDay - 1];
    }

    /** A millisecond of the UTC day drawn from the curve. */
    int sampleMillisOfDay(SplittableRandom r) {
        double u = r.nextDouble();
        int h = 0;
        while (h < 23 && cumulative[h] < u) {
            h++;
        }
        return h * 3_600_000 + r.nextInt(3_600_000);
    }
}
