package dev.retort.views.common;

import dev.retort.store.CaseFile;
import dev.retort.views.selection.CaseSelection;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.Place;
import dev.retort.views.task.UiTaskExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import dev.retort.store.task.Progress;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every view model of an open case needs, in one object: the open case, the task executor, the cross-view
 * selection, navigation between places, error reporting, and a revision number that goes up whenever the case's
 * data changed (an import, an analysis, a tag), so views know to reload. No nodes.
 */
public final class CaseContext {

    private final ReadOnlyObjectProperty<CaseFile> openCase;
    private final UiTaskExecutor tasks;
    private final CaseSelection selection;
    private final ObjectProperty<Place> place;
    private final Consumer<Throwable> errors;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final ReadOnlyLongWrapper workbenchRevision = new ReadOnlyLongWrapper(this, "workbenchRevision", 0);

    public CaseContext(ReadOnlyObjectProperty<CaseFile> openCase, UiTaskExecutor tasks, CaseSelection selection,
                       ObjectProperty<Place> place, Consumer<Throwable> errors) {
        this.openCase = openCase;
        this.tasks = tasks;
        this.selection = selection;
        this.place = place;
        this.errors = errors;
    }

    /** The context of the shell's open case. */
    public static CaseContext of(MainViewModel shell) {
        return new CaseContext(shell.openCaseProperty(), shell.tasks(), shell.selection(), shell.placeProperty(),
                shell::reportError);
    }

    /** A context for tests and tools: no shell, errors rethrown as unchecked on the FX thread. */
    public static CaseContext standalone(ReadOnlyObjectProperty<CaseFile> openCase, UiTaskExecutor tasks) {
        return new CaseContext(openCase, tasks, new CaseSelection(), new SimpleObjectProperty<>(Place.SOURCES),
                e -> { });
    }

    public ReadOnlyObjectProperty<CaseFile> openCaseProperty() {
        return openCase;
    }

    public CaseFile caseFile() {
        return openCase.get();
    }

    public UiTaskExecutor tasks() {
        return tasks;
    }

    public CaseSelection selection() {
        return selection;
    }

    /** Switches the main window to {@code target} (a pivot: "show this account's exchanges"). */
    public void show(Place target) {
        place.set(target);
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public void reportError(Throwable error) {
        errors.accept(error);
    }

    /** Goes up by one whenever the case's data changed; views reload on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Tells every view that the case's data changed. Call on the FX thread. */
    public void dataChanged() {
        revision.set(revision.get() + 1);
    }

    /** Goes up by one whenever the analyst's own material changed: tags, notes, dossier sections. */
    public ReadOnlyLongProperty workbenchRevisionProperty() {
        return workbenchRevision.getReadOnlyProperty();
    }

    /**
     * Runs a change to the analyst's material (tags, notes, dossier) in the background on the case's writer, then bumps
     * {@link #workbenchRevisionProperty()} (not the data revision: a tag does not make every table re-read the case).
     */
    public <T> void annotate(String title, Function<CaseFile, T> work, Consumer<T> onSuccess) {
        CaseFile c = openCase.get();
        if (c == null) {
            return;
        }
        tasks.submit(title, progress -> {
            synchronized (c) {
                return work.apply(c);
            }
        }, result -> {
            workbenchRevision.set(workbenchRevision.get() + 1);
            onSuccess.accept(result);
        }, this::reportError);
    }

    /**
     * Runs a read-only query in the background on its own reader connection (closed afterwards) and hands the result
     * to {@code onSuccess} on the FX thread. Does nothing when no case is open.
     */
    public <T> void read(String title, SqlFunction<T> query, Consumer<T> onSuccess) {
        CaseFile c = openCase.get();
        if (c == null) {
            return;
        }
        tasks.submit(title, progress -> {
            try (Connection reader = c.openReader()) {
                return query.apply(reader);
            } catch (SQLException e) {
                throw new ViewDataException(title + ": " + e.getMessage(), e);
            }
        }, result -> {
            if (openCase.get() == c) {
                onSuccess.accept(result);
            }
        }, this::reportError);
    }

    /**
     * Runs a change to the case in the background (on the case's writer), then bumps the revision and hands the
     * result to {@code onSuccess} on the FX thread.
     */
    public <T> void write(String title, Function<CaseFile, T> work, Consumer<T> onSuccess) {
        write(title, (c, progress) -> work.apply(c), onSuccess, this::reportError);
    }

    /**
     * As {@link #write(String, Function, Consumer)} for long work that reports progress and honours cancel; the
     * revision goes up after success and after failure (a cancelled import still changed the case).
     */
    public <T> void write(String title, BiFunction<CaseFile, Progress, T> work, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        CaseFile c = openCase.get();
        if (c == null) {
            return;
        }
        tasks.submit(title, progress -> {
            synchronized (c) { // one writer at a time on the case's single write connection
                return work.apply(c, progress);
            }
        }, result -> {
            dataChanged();
            onSuccess.accept(result);
        }, error -> {
            dataChanged();
            onFailure.accept(error);
        });
    }

    /** A query on a JDBC connection. */
    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection conn) throws SQLException;
    }
}
