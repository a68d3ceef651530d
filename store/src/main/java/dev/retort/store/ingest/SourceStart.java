package dev.retort.store.ingest;

/**
 * What {@link IngestSession#beginSource} found: a new source, one to resume after a killed or cancelled import
 * (records at or before {@code resumeAfterLine} are already in the case and are skipped), or a file already
 * imported completely (importing it again is a no-op).
 */
public record SourceStart(long sourceId, State state, long resumeAfterLine) {

    public enum State { NEW, RESUME, ALREADY_IMPORTED }

    public boolean alreadyImported() {
        return state == State.ALREADY_IMPORTED;
    }
}
