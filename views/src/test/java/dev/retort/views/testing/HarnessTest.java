package dev.retort.views.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The set-up every TestFX test of a place shares, written once: a temporary directory, the real main window on a
 * {@link Harness} (home in {@code dir/home}) before each test, and the case closed after it.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class HarnessTest {

    @TempDir
    protected Path dir;

    protected Harness app;

    /** TestFX calls only the {@code @Start} methods a test class declares itself, so the stage is set up here. */
    @BeforeEach
    protected void startHarness() throws Exception {
        FxToolkit.setupStage(stage -> app = new Harness(stage, dir.resolve("home")));
    }

    @AfterEach
    protected void closeHarness(FxRobot robot) {
        app.close(robot);
    }
}
