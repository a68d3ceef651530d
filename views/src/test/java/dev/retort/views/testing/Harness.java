package dev.retort.views.testing;

import atlantafx.base.theme.PrimerLight;
import dev.retort.store.CaseFile;
import dev.retort.views.common.CaseContext;
import dev.retort.views.common.Pulses;
import dev.retort.views.dossier.DirectoryPicker;
import dev.retort.views.places.RetortPlaces;
import dev.retort.views.shell.CaseFileChooser;
import dev.retort.views.shell.MainView;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.Place;
import dev.retort.views.shell.RecentCases;
import dev.retort.views.sources.FileImporter;
import dev.retort.views.sources.ImportFileChooser;
import dev.retort.views.task.BackgroundTaskExecutor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window with the real places, on a case, for view tests: file dialogs answer from fields the test
 * sets, the importer can be swapped, and every background task runs on the real executor.
 */
public final class Harness {

    public final MainViewModel shell;
    public final RetortPlaces places;
    public final MainView view;
    public volatile List<Path> nextImport = List.of();
    public volatile Path nextExportDir;
    public volatile FileImporter importer = FileImporter.standard();

    public Harness(Stage stage, Path home) {
        this(stage, home, java.util.Set.of());
    }

    /** As {@link #Harness(Stage, Path)}, with {@code placeholders} shown as empty places (to time the others alone). */
    public Harness(Stage stage, Path home, java.util.Set<Place> placeholders) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        shell = new MainViewModel(new BackgroundTaskExecutor(), new RecentCases(home.resolve("recent.txt")));
        ImportFileChooser chooser = (owner, title) -> nextImport;
        DirectoryPicker picker = owner -> Optional.ofNullable(nextExportDir);
        FileImporter delegating = (c, files, mapping, progress) -> importer.importFiles(c, files, mapping, progress);
        places = new RetortPlaces(new RetortPlaces.Services(home, delegating, chooser, picker));
        view = new MainView(shell, new CaseFileChooser() {
            @Override
            public Optional<Path> chooseNew(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseExisting(Window owner) {
                return Optional.empty();
            }
        }, (place, shell) -> placeholders.contains(place)
                ? new dev.retort.views.shell.EmptyPlaces().create(place, shell) : places.create(place, shell));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(RetortPlaces.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    public CaseContext context() {
        return places.context(shell);
    }

    /** Opens the case and waits until it is open and the background loads it started have finished. */
    public void open(FxRobot robot, Path casePath) throws Exception {
        robot.interact(() -> shell.openCase(casePath));
        waitFor(() -> shell.openCaseProperty().get() != null);
        settle();
    }

    public void show(FxRobot robot, Place place) {
        robot.interact(() -> shell.placeProperty().set(place));
        settle();
    }

    /** Waits until no background task runs and the FX queue is drained. */
    public void settle() {
        try {
            // A finished task's callback may start the next one (an import reloads the tables), so wait until the
            // executor has been idle across several drains of the FX queue.
            int idle = 0;
            while (idle < 3) {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.tasks().busyProperty().get()
                        && Pulses.isIdle());
                WaitForAsyncUtils.waitForFxEvents();
                idle = shell.tasks().busyProperty().get() || !Pulses.isIdle() ? 0 : idle + 1;
            }
        } catch (Exception e) {
            throw new AssertionError("background work did not finish", e);
        }
    }

    public static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public CaseFile caseFile() {
        return shell.openCaseProperty().get();
    }

    /** One column of a query on a fresh reader of the open case. */
    public List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = caseFile().openReader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    public long count(String sql) throws Exception {
        return Long.parseLong(query(sql).get(0));
    }

    public void close(FxRobot robot) {
        robot.interact(shell::closeCase);
        settle();
    }
}
