package dev.retort.store.task;

/**
 * How long work reports how far it got and learns that it should stop. No UI types: the views adapt it to a
 * JavaFX Task, the CLI to a line on stderr.
 */
public interface Progress {

    /** Reports {@code done} units out of {@code total} (total may be -1 when unknown), with a short message. */
    void update(long done, long total, String message);

    /** True once the user asked to stop; long work checks it regularly and ends early, leaving a consistent case. */
    boolean isCancelled();

    /** A progress sink that ignores reports and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
