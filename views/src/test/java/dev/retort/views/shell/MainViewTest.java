package dev.retort.views.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import dev.retort.views.task.BackgroundTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    @TempDir
    static Path dir;

    private MainViewModel model;
    private Path nextNewCase;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(new BackgroundTaskExecutor(), new RecentCases(dir.resolve("home/recent.txt")));
        CaseFileChooser chooser = new CaseFileChooser() {
            @Override
            public Optional<Path> chooseNew(Window owner) {
                return Optional.ofNullable(nextNewCase);
            }

            @Override
            public Optional<Path> chooseExisting(Window owner) {
                return Optional.empty();
            }
        };
        stage.setScene(new Scene(new MainView(model, chooser, new EmptyPlaces()), 1000, 700));
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.show();
    }

    @Test
    void creatingACaseFromTheFileMenuOpensItAndListsItAsRecent(FxRobot robot) throws Exception {
        nextNewCase = dir.resolve("ui-created.retort");
        robot.clickOn("File").clickOn("New Case…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.openCaseProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("ui-created", model.caseInfoProperty().get().name());
        assertTrue(robot.lookup("#places").queryAs(TabPane.class).isVisible());
        assertEquals("ui-created", robot.lookup("#status-case").queryLabeled().getText().split(" ·")[0]);
        assertEquals(nextNewCase.toAbsolutePath().normalize(), model.recentCases().get(0));
        assertTrue(Files.readString(dir.resolve("home/recent.txt")).contains("ui-created.retort"));

        robot.interact(model::closeCase);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> recent = robot.lookup("#recent-cases").queryAs(ListView.class);
        assertTrue(recent.isVisible());
        assertTrue(recent.getItems().contains(nextNewCase.toAbsolutePath().normalize()),
                "the welcome page lists the new case");
        try (CaseFile reopened = CaseFile.open(nextNewCase)) {
            assertEquals("ui-created", reopened.info().name());
        }
    }

    @Test
    void shortcutSwitchesPlaceOnceACaseIsOpen(FxRobot robot) throws Exception {
        nextNewCase = dir.resolve("shortcuts.retort");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.openCaseProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Place.TIMELINE, model.placeProperty().get());
        TabPane tabs = robot.lookup("#places").queryAs(TabPane.class);
        assertEquals("Timeline", tabs.getSelectionModel().getSelectedItem().getText());
        robot.interact(model::closeCase);
    }

    @Test
    void openingAFileThatIsNotACaseReportsItAndLeavesNoCaseOpen(FxRobot robot) throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a case");
        robot.interact(() -> model.openCase(notes));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".alert").tryQuery().isPresent());
        assertNotNull(robot.lookup(".alert").query());
        assertTrue(robot.lookup(".alert .content").queryLabeled().getText().contains("not a Retort case"));
        assertEquals(null, model.openCaseProperty().get());
        assertEquals("not a case", Files.readString(notes));
    }
}
