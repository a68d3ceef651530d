package dev.retort.views.shell;

import dev.retort.store.CaseFile;
import dev.retort.store.CaseInfo;
import dev.retort.views.selection.CaseSelection;
import dev.retort.views.task.UiTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the main window: the open case, the recent cases, the selected place and the last error.
 * Holds no nodes; opening and creating cases run on the task executor, never on the FX thread.
 */
public final class MainViewModel {

    private final UiTaskExecutor tasks;
    private final RecentCases recent;
    private final ReadOnlyObjectWrapper<CaseFile> openCase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CaseInfo> caseInfo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("Retort");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(Place.SOURCES);
    private final ObservableList<Path> recentCases = FXCollections.observableArrayList();
    private final CaseSelection selection = new CaseSelection();

    public MainViewModel(UiTaskExecutor tasks, RecentCases recent) {
        this.tasks = tasks;
        this.recent = recent;
        recentCases.setAll(recent.list());
        caseInfo.addListener((obs, old, info) -> windowTitle.set(
                info == null ? "Retort" : info.name() + " — " + info.path().getFileName() + " — Retort"));
        openCase.addListener((obs, old, now) -> selection.clear());
    }

    /** Creates a case at {@code path} and opens it. */
    public void createCase(Path path, String name) {
        tasks.submit("Creating case " + path.getFileName(), progress -> CaseFile.create(path, name),
                this::show, this::fail);
    }

    /** Opens an existing case (pending migrations run in the background). */
    public void openCase(Path path) {
        tasks.submit("Opening case " + path.getFileName(), progress -> CaseFile.open(path), this::show,
                error -> {
                    if (!path.toFile().exists()) {
                        recentCases.setAll(recent.remove(path));
                    }
                    fail(error);
                });
    }

    public void closeCase() {
        CaseFile current = openCase.get();
        if (current == null) {
            return;
        }
        openCase.set(null);
        caseInfo.set(null);
        tasks.submit("Closing case", progress -> {
            current.close();
            return current.path();
        }, p -> { }, this::fail);
    }

    private void show(CaseFile opened) {
        CaseFile previous = openCase.get();
        if (previous != null) {
            tasks.submit("Closing case", progress -> {
                previous.close();
                return previous.path();
            }, p -> { }, this::fail);
        }
        openCase.set(opened);
        caseInfo.set(opened.info());
        List<Path> updated = recent.touch(opened.path());
        recentCases.setAll(updated);
        lastError.set(null);
    }

    /** Shows a failed action's message to the analyst (any view may report through the shell). */
    public void reportError(Throwable error) {
        fail(error);
    }

    private void fail(Throwable error) {
        lastError.set(error.getMessage() != null ? error.getMessage() : error.toString());
    }

    public ReadOnlyObjectProperty<CaseFile> openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseInfo> caseInfoProperty() {
        return caseInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The message of the last failed action, or null; the view shows it and clears it. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public void clearError() {
        lastError.set(null);
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObservableList<Path> recentCases() {
        return recentCases;
    }

    /** The cross-view selection (campaign, accounts, time window, indicator); cleared when the open case changes. */
    public CaseSelection selection() {
        return selection;
    }

    public UiTaskExecutor tasks() {
        return tasks;
    }

    /** Closes the open case; called when the window closes. */
    public void shutdown() {
        CaseFile current = openCase.get();
        openCase.set(null);
        if (current != null) {
            current.close();
        }
        tasks.shutdown();
    }
}
