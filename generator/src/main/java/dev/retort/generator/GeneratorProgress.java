package dev.retort.generator;

/**
 * Progress and cancel for a generation run. The same contract as {@code dev.retort.store.task.Progress}, repeated
 * here because the generator depends on nothing but the JDK and jackson-core (see ADR 0010); callers adapt one to
 * the other with a lambda-sized bridge.
 */
public interface GeneratorProgress {

    /** Reports {@code done} units out of {@code total} with a short message. */
    void update(long done, long total, String message);

    /** True once the caller wants the run to stop. */
    boolean isCancelled();

    GeneratorProgress NONE = new GeneratorProgress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
