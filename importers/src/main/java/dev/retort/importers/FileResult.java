package dev.retort.importers;

import dev.retort.store.ingest.SourceCounts;
import java.nio.file.Path;

/**
 * What happened to one file of an import.
 *
 * @param counts  the source's totals (across resumed runs), or null when nothing was imported
 * @param message for REFUSED, SKIPPED, EMPTY and FAILED: why, in words that name the file
 */
public record FileResult(Path path, String format, Outcome outcome, SourceCounts counts, String message,
                         long bytes, double seconds) {

    public enum Outcome {
        /** Imported now. */
        IMPORTED,
        /** A killed or cancelled import of this file was finished. */
        RESUMED,
        /** The same file (by SHA-256) was imported before: nothing to do. */
        ALREADY_IMPORTED,
        /** Stopped by the user; importing it again resumes. */
        CANCELLED,
        /** Named explicitly but not any known format. */
        REFUSED,
        /** Found in a directory but not any known format; left alone. */
        SKIPPED,
        /** No content. */
        EMPTY
    }
}
