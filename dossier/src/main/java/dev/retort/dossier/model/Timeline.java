package dev.retort.dossier.model;

import java.util.List;

/** Exchanges per time bucket for each campaign and for all other accounts. */
public record Timeline(String bucket, long bucketMillis, List<Series> series) {
    public Timeline {
        series = List.copyOf(series);
    }

    /** {@code points} are [bucket start epoch ms, exchanges] pairs in time order. */
    public record Series(String label, String campaign, List<long[]> points) {
        public Series {
            points = List.copyOf(points);
        }
    }
}
