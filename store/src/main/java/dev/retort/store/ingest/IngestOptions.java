package dev.retort.store.ingest;

/**
 * Tuning of an import session.
 *
 * @param textCapChars      longest prompt or response kept, in characters (longer texts are cut and flagged)
 * @param chunkRows         records per committed chunk: the most a crash can make the importer redo
 * @param quarantineRawCap  longest raw line kept in quarantine, in characters
 * @param exclusive         take the case for this import alone: a rollback journal instead of the WAL while
 *                          loading, so appended pages are written once (ADR 0005); other processes cannot read the
 *                          case meanwhile. Falls back to the shared WAL load when another connection has it open.
 */
public record IngestOptions(int textCapChars, int chunkRows, int quarantineRawCap, boolean exclusive) {

    /** Shared: the views read the case while their imports run. */
    public static final IngestOptions DEFAULTS = new IngestOptions(32_768, 200_000, 4_096, false);

    public IngestOptions {
        if (textCapChars < 1 || chunkRows < 1 || quarantineRawCap < 1) {
            throw new IllegalArgumentException("import options must be positive");
        }
    }

    public IngestOptions withChunkRows(int rows) {
        return new IngestOptions(textCapChars, rows, quarantineRawCap, exclusive);
    }

    public IngestOptions withExclusive(boolean alone) {
        return new IngestOptions(textCapChars, chunkRows, quarantineRawCap, alone);
    }
}
