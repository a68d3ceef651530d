package dev.retort.store.ingest;

/**
 * Tuning of an import session.
 *
 * @param textCapChars      longest prompt or response kept, in characters (longer texts are cut and flagged)
 * @param chunkRows         records per committed chunk: the most a crash can make the importer redo
 * @param quarantineRawCap  longest raw line kept in quarantine, in characters
 */
public record IngestOptions(int textCapChars, int chunkRows, int quarantineRawCap) {

    public static final IngestOptions DEFAULTS = new IngestOptions(32_768, 200_000, 4_096);

    public IngestOptions {
        if (textCapChars < 1 || chunkRows < 1 || quarantineRawCap < 1) {
            throw new IllegalArgumentException("import options must be positive");
        }
    }

    public IngestOptions withChunkRows(int rows) {
        return new IngestOptions(textCapChars, rows, quarantineRawCap);
    }
}
