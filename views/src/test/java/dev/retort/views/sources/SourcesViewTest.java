package dev.retort.views.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.FileResult;
import dev.retort.importers.ImportSummary;
import dev.retort.store.CaseFile;
import dev.retort.views.shell.Place;
import dev.retort.views.testing.DemoCase;
import dev.retort.views.testing.Harness;
import dev.retort.views.testing.HarnessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class SourcesViewTest extends HarnessTest {

    @SuppressWarnings("unchecked")
    private TableView<SourceRow> sources(FxRobot robot) {
        return robot.lookup("#sources-table").queryAs(TableView.class);
    }

    @Test
    void listsEveryImportedFileWithItsHashAndCounts(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "listed"));
        app.show(robot, Place.SOURCES);

        TableView<SourceRow> table = sources(robot);
        assertEquals(app.count("SELECT COUNT(*) FROM sources"), table.getItems().size());
        SourceRow first = table.getItems().get(0);
        assertEquals(app.query("SELECT sha256 FROM sources WHERE id = " + first.id()).get(0), first.sha256());
        assertEquals(64, first.sha256().length());
        assertEquals(app.count("SELECT SUM(rows_imported) FROM sources"),
                table.getItems().stream().mapToLong(SourceRow::imported).sum());
    }

    @Test
    void importingAFileWithABadLineShowsItInTheQuarantine(FxRobot robot) throws Exception {
        Path casePath = dir.resolve("fresh" + CaseFile.EXTENSION);
        CaseFile.create(casePath, "fresh").close();
        app.open(robot, casePath);
        app.show(robot, Place.SOURCES);
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, String.join("\n",
                "timestamp,request_id,account_id,api_key,ip,user_agent,model,tokens_in,tokens_out,status,latency_ms,"
                        + "prompt,response",
                "2026-04-02T10:00:00Z,r1,acct-1,k1,10.0.0.1,curl/8,m1,10,20,200,300,Explain step by step,Sure",
                "2026-04-02T10:00:05Z,r2,acct-1,k1,10.0.0.1,curl/8,m1,10,20,200,300,Refactor this,Done",
                "this line is not a record at all",
                "2026-04-02T10:00:09Z,r3,acct-2,k2,10.0.0.2,curl/8,m1,11,21,200,310,Write tests,Ok") + "\n");
        app.nextImport = List.of(csv);

        robot.clickOn("#sources-import");
        app.settle();

        TableView<SourceRow> table = sources(robot);
        assertEquals(1, table.getItems().size(), () -> table.getItems().toString());
        assertEquals(3, table.getItems().get(0).imported(), () -> table.getItems().toString() + " "
                + robot.lookup("#sources-last-import").queryLabeled().getText());
        assertEquals(1, table.getItems().get(0).quarantined());
        assertTrue(robot.lookup("#sources-last-import").queryLabeled().getText().startsWith("Imported 3 exchanges"));
        robot.interact(() -> table.getSelectionModel().select(0));
        app.settle();
        TableView<?> quarantine = robot.lookup("#quarantine-table").queryAs(TableView.class);
        assertEquals(1, quarantine.getItems().size());
        QuarantineRow bad = (QuarantineRow) quarantine.getItems().get(0);
        assertEquals(4, bad.line());
        robot.interact(() -> quarantine.getSelectionModel().select(0));
        assertEquals("this line is not a record at all",
                robot.lookup("#quarantine-raw").queryTextInputControl().getText());
    }

    @Test
    void cancelStopsARunningImportAndSaysItCanBeResumed(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "cancel"));
        app.show(robot, Place.SOURCES);
        AtomicBoolean sawCancel = new AtomicBoolean();
        Path big = dir.resolve("big.jsonl");
        Files.writeString(big, "{}\n");
        app.importer = (c, files, mapping, progress) -> {
            long done = 0;
            while (!progress.isCancelled()) {
                done += 1 << 20;
                progress.update(done, 100L << 20, "reading");
                sleep();
            }
            sawCancel.set(true);
            return new ImportSummary(List.of(new FileResult(files.get(0), "litellm", FileResult.Outcome.CANCELLED,
                    null, null, done, 1)), 1, 0, 0, 0, 0, 0, 0, false);
        };
        app.nextImport = List.of(big);

        robot.clickOn("#sources-import");
        Harness.waitFor(() -> robot.lookup("#import-rate").queryLabeled().getText().contains("MB/s"));
        assertTrue(robot.lookup("#import-cancel").query().getParent().isVisible());
        robot.clickOn("#import-cancel");
        app.settle();

        assertTrue(sawCancel.get());
        assertFalse(robot.lookup("#import-cancel").query().getParent().isVisible());
        assertTrue(robot.lookup("#sources-last-import").queryLabeled().getText().contains("cancelled"));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCsvWithUnknownHeadersIsImportedThroughTheColumnMappingDialog(FxRobot robot) throws Exception {
        Path casePath = dir.resolve("mapped" + CaseFile.EXTENSION);
        CaseFile.create(casePath, "mapped").close();
        app.open(robot, casePath);
        app.show(robot, Place.SOURCES);
        Path csv = dir.resolve("vendor-export.csv");
        Files.writeString(csv, "when,who,question\n"
                + "2026-04-02T10:00:00Z,acct-7,Explain step by step\n"
                + "2026-04-02T10:01:00Z,acct-8,Write the tests first\n");
        app.nextImport = List.of(csv);

        robot.clickOn("#sources-import-mapped");
        Harness.waitFor(() -> robot.lookup("#column-mapping-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#mapping-import").query().isDisabled(), "no column is recognisably the time");
        robot.interact(() -> robot.lookup("#mapping-column-timestamp").queryComboBox().setValue("when"));
        robot.interact(() -> robot.lookup("#mapping-column-account").queryComboBox().setValue("who"));
        robot.interact(() -> robot.lookup("#mapping-column-prompt").queryComboBox().setValue("question"));
        assertFalse(robot.lookup("#mapping-import").query().isDisabled());
        robot.clickOn("#mapping-import");
        app.settle();

        assertEquals(List.of("acct-7", "acct-8"), app.query("SELECT account FROM accounts ORDER BY account"));
        assertEquals(2, app.count("SELECT COUNT(*) FROM exchange_fts WHERE exchange_fts MATCH 'step OR tests'"));
        assertTrue(app.query("SELECT params_json FROM sources").get(0).contains("\"when\""),
                "the mapping is kept with the source");
    }
}
