package dev.retort.store.ingest;

/**
 * What one source contributed: new records, records that filled in fields of an exchange already in the case
 * (merged), records that added nothing (duplicates), quarantined lines, and lines read.
 */
public record SourceCounts(long sourceId, long imported, long merged, long duplicate, long quarantined,
                           long linesRead, String status) {

    public long accepted() {
        return imported + merged + duplicate;
    }
}
