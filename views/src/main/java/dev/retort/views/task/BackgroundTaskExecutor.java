package dev.retort.views.task;

import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * {@link UiTaskExecutor} on a small daemon thread pool. Each submission becomes a {@link Task} whose progress and
 * message feed the status bar; the {@link Progress} handed to the work adapts those calls, so work written for the CLI
 * runs unchanged here.
 */
public final class BackgroundTaskExecutor implements UiTaskExecutor {

    private final ExecutorService pool;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");
    private final AtomicInteger running = new AtomicInteger();
    private volatile Task<?> latest;

    public BackgroundTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "retort-task-" + n.incrementAndGet());
            t.setDaemon(true);
            // Below the FX thread: on two cores, loading a large case must not keep the UI waiting for a core.
            // Effective where the JVM maps priorities to the OS (the launcher's -XX:ThreadPriorityPolicy=1).
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    @Override
    public <T> void submit(String title, Function<Progress, T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        ProgressTask<T> task = new ProgressTask<>(title, work);
        latest = task;
        progress.unbind();
        message.unbind();
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        busy.set(running.incrementAndGet() > 0);
        task.setOnSucceeded(e -> finish(task, title + ": done", () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(task, title + ": failed", () -> onFailure.accept(task.getException())));
        task.setOnCancelled(e -> finish(task, title + ": cancelled",
                () -> onFailure.accept(new CancelledException(title))));
        pool.execute(task);
    }

    private void finish(Task<?> task, String outcome, Runnable callback) {
        busy.set(running.decrementAndGet() > 0);
        if (task == latest) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set(outcome);
        }
        callback.run();
    }

    @Override
    public void cancelRunning() {
        Task<?> t = latest;
        if (t != null) {
            t.cancel(false); // no interrupt: work stops at its next isCancelled() check, leaving the case consistent
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }

    /** A JavaFX task that hands its work a {@link Progress} backed by its own progress, message and cancel state. */
    private static final class ProgressTask<T> extends Task<T> implements Progress {
        private final String title;
        private final Function<Progress, T> work;

        ProgressTask(String title, Function<Progress, T> work) {
            this.title = title;
            this.work = work;
        }

        @Override
        protected T call() {
            updateMessage(title);
            updateProgress(-1, 1);
            return work.apply(this);
        }

        @Override
        public void update(long done, long total, String msg) {
            updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
            if (msg != null) {
                updateMessage(title + ": " + msg);
            }
        }
    }
}
