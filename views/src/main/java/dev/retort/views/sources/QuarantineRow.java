package dev.retort.views.sources;

/** A line that could not be read, kept with the reason and its raw text (capped). */
public record QuarantineRow(long id, long sourceId, long line, String reason, String raw) {
}
