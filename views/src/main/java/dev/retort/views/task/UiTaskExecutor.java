package dev.retort.views.task;

import dev.retort.store.task.Progress;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way views run slow work: off the FX thread, with progress and cancel shown in the status bar, and
 * results or failures delivered back on the FX thread.
 */
public interface UiTaskExecutor {

    /**
     * Runs {@code work} in the background. {@code onSuccess} and {@code onFailure} run on the FX thread.
     *
     * @param title what the status bar says while the work runs ("Opening case", "Importing 3 files")
     */
    <T> void submit(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Asks the running task to stop; work sees it through {@link Progress#isCancelled()}. */
    void cancelRunning();

    /** True while any task runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** Progress of the latest task in [0,1], or -1 when indeterminate. */
    ReadOnlyDoubleProperty progressProperty();

    /** Title and message of the latest task, or the last outcome. */
    ReadOnlyStringProperty messageProperty();

    /** Stops accepting work and lets running work finish or be cancelled. */
    void shutdown();
}
