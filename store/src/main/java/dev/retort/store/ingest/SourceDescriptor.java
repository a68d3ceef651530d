package dev.retort.store.ingest;

/**
 * The file being imported, as recorded in {@code sources}: where it was, its quick key (SHA-256 of its size, first
 * and last MB: known before reading it), its size, the format it was read as and the import parameters (JSON).
 * The full SHA-256 is computed while importing and given to {@link IngestSession#finishSource}.
 */
public record SourceDescriptor(String path, String fileName, String quickKey, long sizeBytes, String format,
                               String paramsJson) {
}
