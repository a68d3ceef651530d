package dev.retort.store.ingest;

/**
 * The file being imported, as recorded in {@code sources}: where it was, its SHA-256 and size, the format it was
 * read as and the import parameters (JSON).
 */
public record SourceDescriptor(String path, String fileName, String sha256, long sizeBytes, String format,
                               String paramsJson) {
}
