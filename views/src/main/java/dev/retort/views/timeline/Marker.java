package dev.retort.views.timeline;

/**
 * Something drawn over the timeline: a campaign's active window or a model's first appearance in the case.
 *
 * @param endMs equal to {@code startMs} for a point in time (a release)
 */
public record Marker(Kind kind, String key, String label, long startMs, long endMs, String colour) {
    public enum Kind { CAMPAIGN_WINDOW, MODEL_RELEASE }
}
