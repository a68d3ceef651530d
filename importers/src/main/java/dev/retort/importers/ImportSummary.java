package dev.retort.importers;

import java.util.List;

/**
 * The result of one import run.
 *
 * @param loadSeconds   reading, parsing and writing all files
 * @param indexSeconds  building the secondary indexes after the load
 * @param ftsSeconds    full-text indexing (0 when deferred)
 * @param ftsTexts      texts added to the full-text index
 * @param readCpuSeconds  CPU time of the reading thread: read, SHA-256, decompress, count lines
 * @param parseCpuSeconds CPU time of the parsing thread: parse, some fingerprints
 * @param writeCpuSeconds CPU time of the writing thread: SQLite, merges, rollups, commits, other fingerprints
 * @param exclusiveLoad   whether the load had the case to itself (rollback journal, see IngestOptions)
 */
public record ImportSummary(List<FileResult> files, double loadSeconds, double indexSeconds, double ftsSeconds,
                            long ftsTexts, double readCpuSeconds, double parseCpuSeconds, double writeCpuSeconds,
                            boolean exclusiveLoad) {

    public long total(java.util.function.ToLongFunction<dev.retort.store.ingest.SourceCounts> f) {
        return files.stream().filter(r -> r.counts() != null).mapToLong(r -> f.applyAsLong(r.counts())).sum();
    }

    public long imported() {
        return total(c -> c.imported());
    }

    public long quarantined() {
        return total(c -> c.quarantined());
    }

    public boolean anyRefused() {
        return files.stream().anyMatch(r -> r.outcome() == FileResult.Outcome.REFUSED);
    }

    public boolean cancelled() {
        return files.stream().anyMatch(r -> r.outcome() == FileResult.Outcome.CANCELLED);
    }
}
