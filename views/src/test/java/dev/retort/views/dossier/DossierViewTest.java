package dev.retort.views.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.workbench.DossierSection;
import dev.retort.views.shell.Place;
import dev.retort.views.testing.DemoCase;
import dev.retort.views.testing.HarnessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class DossierViewTest extends HarnessTest {

    @SuppressWarnings("unchecked")
    private ListView<DossierSection> sections(FxRobot robot) {
        return robot.lookup("#dossier-sections").queryAs(ListView.class);
    }

    @Test
    void buildsTheDefaultDossierThenReordersAndRemovesSections(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "sections"));
        app.show(robot, Place.DOSSIER);
        assertTrue(sections(robot).getItems().isEmpty());

        robot.clickOn("#dossier-default");
        app.settle();
        List<String> built = app.query("SELECT kind FROM dossier_sections ORDER BY position");
        assertEquals("summary", built.get(0));
        assertTrue(built.contains("campaign") && built.contains("custody"));
        assertEquals(built.size(), sections(robot).getItems().size());

        DossierSection second = sections(robot).getItems().get(1);
        robot.interact(() -> sections(robot).getSelectionModel().select(1));
        robot.clickOn("#dossier-up");
        app.settle();
        assertEquals(Long.toString(second.id()), app.query("SELECT id FROM dossier_sections WHERE position = 0")
                .get(0));

        robot.interact(() -> sections(robot).getSelectionModel().select(0));
        robot.clickOn("#dossier-remove");
        app.settle();
        assertEquals(built.size() - 1, app.count("SELECT COUNT(*) FROM dossier_sections"));
        assertEquals(0, app.count("SELECT COUNT(*) FROM dossier_sections WHERE id = " + second.id()));
        assertTrue(app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('dossier.move', 'dossier.remove')") >= 2);
        assertTrue(robot.lookup("#activity-log").queryTableView().getItems().size() >= 2,
                "the activity log lists the changes");
    }

    @Test
    void theCampaignSelectedInAnyViewCanBeAddedFromTheDossier(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "add-campaign"));
        String campaign = app.query("SELECT campaign FROM analysis_campaigns LIMIT 1").get(0);
        robot.interact(() -> app.context().selection().selectCampaign(campaign));
        app.show(robot, Place.DOSSIER);

        robot.clickOn("#dossier-add").clickOn("#dossier-add-selected-campaign");
        app.settle();

        assertEquals(List.of("campaign|" + campaign), app.query(
                "SELECT kind || '|' || target FROM dossier_sections"));
        assertEquals(1, sections(robot).getItems().size());
    }

    @Test
    void exportsTheChosenFormatsWithTheBriefingProfileAndSignsThem(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "export"));
        app.show(robot, Place.DOSSIER);
        Path out = dir.resolve("bundle");
        app.nextExportDir = out;
        robot.clickOn("#dossier-choose-dir");
        for (String off : List.of("pdf", "html", "stix", "gexf", "graphml", "timesketch")) {
            robot.clickOn("#dossier-format-" + off);
        }
        robot.interact(() -> robot.lookup("#dossier-profile").queryComboBox().getSelectionModel().select(1));

        robot.clickOn("#dossier-export");
        app.settle();

        String status = robot.lookup("#dossier-export-status").queryLabeled().getText();
        assertTrue(status.startsWith("Wrote 3 files"), status);
        assertTrue(Files.isRegularFile(out.resolve("dossier.json")));
        assertTrue(Files.isRegularFile(out.resolve("accounts.csv")));
        assertTrue(Files.isRegularFile(out.resolve("exchanges.csv")));
        assertTrue(Files.readString(out.resolve("dossier.json")).contains("briefing"));
        assertTrue(Files.list(out).anyMatch(p -> p.getFileName().toString().startsWith("manifest")));
        assertTrue(app.count("SELECT COUNT(*) FROM dossier_sections") > 0, "the default dossier was built first");
    }
}
