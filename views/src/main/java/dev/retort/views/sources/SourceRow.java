package dev.retort.views.sources;

/** One imported file as {@code sources} records it. */
public record SourceRow(long id, String fileName, String path, String format, String sha256, long sizeBytes,
                        String importedAt, String importedBy, long imported, long merged, long duplicate,
                        long quarantined, String status) {
}
