package dev.retort.app.cli;

import dev.retort.generator.GeneratorProgress;
import dev.retort.store.task.Progress;
import java.io.PrintWriter;

/**
 * Progress of a long step as an occasional line on stderr (at most one every two seconds), so a log of a headless
 * run stays readable. Never cancels: the command line stops with Ctrl-C.
 */
final class StepProgress implements Progress {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private long lastAt = System.nanoTime();

    StepProgress(PrintWriter err) {
        this.err = err;
    }

    /** The same reports for the generator, which has its own copy of the interface (it depends on no module). */
    static GeneratorProgress forGenerator(Progress p) {
        return new GeneratorProgress() {
            @Override
            public void update(long done, long total, String message) {
                p.update(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        String text = message == null ? "" : message;
        long now = System.nanoTime();
        if (now - lastAt < INTERVAL_NANOS) {
            return;
        }
        lastAt = now;
        if (total > 0) {
            err.printf("        ... %3.0f%%  %s%n", 100.0 * done / total, text);
        } else {
            err.printf("        ... %s%n", text);
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
