package dev.retort.views.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.views.shell.Place;
import dev.retort.views.testing.DemoCase;
import dev.retort.views.testing.Harness;
import dev.retort.views.testing.HarnessTest;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class AnalysisBarTest extends HarnessTest {

    @Test
    void runAnalysisStoresANewRunAndSaysWhatItFound(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "analysis"));
        app.show(robot, Place.SOURCES);
        Label summary = robot.lookup("#analysis-summary").queryAs(Label.class);
        Harness.waitFor(() -> summary.getText().startsWith("Latest analysis"));
        long runsBefore = app.count("SELECT COUNT(*) FROM analysis_runs");

        robot.clickOn("#analysis-run");
        Harness.waitFor(() -> {
            try {
                return app.count("SELECT COUNT(*) FROM analysis_runs") == runsBefore + 1
                        && summary.getText().contains("run " + (runsBefore + 1));
            } catch (Exception e) {
                return false;
            }
        });
        long campaigns = app.count("SELECT COUNT(*) FROM analysis_campaigns WHERE run_id = "
                + "(SELECT MAX(id) FROM analysis_runs) AND verdict = 'campaign'");
        assertTrue(campaigns > 0, "the demo case holds campaigns");
        assertTrue(summary.getText().contains(campaigns + " campaign"), summary.getText());
    }

    @Test
    void describesACaseThatWasNeverAnalysed() {
        assertEquals("Not analysed yet: import logs, then run the analysis.",
                AnalysisViewModel.describe(java.util.Optional.empty()));
    }
}
