package dev.retort.views.exchanges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.views.selection.TimeWindow;
import dev.retort.views.shell.Place;
import dev.retort.views.testing.DemoCase;
import dev.retort.views.testing.HarnessTest;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ExchangesViewTest extends HarnessTest {

    @SuppressWarnings("unchecked")
    private TableView<ExchangeRow> table(FxRobot robot) {
        return robot.lookup("#exchanges-table").queryAs(TableView.class);
    }

    @Test
    void showsTheExchangesOfTheAccountsSelectedInAnotherViewInTimeOrder(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "by-account"));
        String account = app.query("SELECT account FROM accounts WHERE exchange_count BETWEEN 5 AND 500"
                + " ORDER BY exchange_count DESC LIMIT 1").get(0);
        robot.interact(() -> app.context().selection().selectAccounts(List.of(account)));
        app.show(robot, Place.EXCHANGES);

        TableView<ExchangeRow> table = table(robot);
        assertEquals(app.count("SELECT exchange_count FROM accounts WHERE account = '" + account + "'"),
                table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.account().equals(account)));
        for (int i = 1; i < table.getItems().size(); i++) {
            assertTrue(table.getItems().get(i - 1).ts() <= table.getItems().get(i).ts(), "time order");
        }
        assertEquals("Exchanges of account " + account, robot.lookup("#exchanges-scope").queryLabeled().getText());
    }

    @Test
    void aCampaignAndATimeWindowNarrowTheTable(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "by-campaign"));
        String campaign = app.query("SELECT campaign FROM analysis_campaigns ORDER BY exchange_count LIMIT 1").get(0);
        long start = Long.parseLong(app.query("SELECT window_start FROM analysis_campaigns WHERE campaign = '"
                + campaign + "'").get(0));
        TimeWindow day = new TimeWindow(start, start + 86_400_000L);
        robot.interact(() -> {
            app.context().selection().selectCampaign(campaign);
            app.context().selection().selectWindow(day);
        });
        app.show(robot, Place.EXCHANGES);

        long expected = app.count("""
                SELECT COUNT(*) FROM exchanges e JOIN accounts a ON a.id = e.account_id
                JOIN analysis_campaign_members m ON m.account = a.account AND m.campaign = '%s'
                WHERE e.ts >= %d AND e.ts < %d""".formatted(campaign, day.startMs(), day.endMs()));
        assertTrue(expected > 0);
        assertEquals(Math.min(expected, ExchangesViewModel.LIMIT), table(robot).getItems().size());
        assertTrue(table(robot).getItems().stream().allMatch(r -> day.contains(r.ts())));
    }

    @Test
    void fullTextSearchFindsPromptsContainingTheWords(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "fts"));
        app.show(robot, Place.EXCHANGES);
        String word = "step";
        robot.clickOn("#exchanges-search").write(word);
        robot.clickOn("#exchanges-search-button");
        app.settle();

        TableView<ExchangeRow> table = table(robot);
        long expected = app.count("SELECT COUNT(*) FROM exchange_fts WHERE exchange_fts MATCH '" + word + "'");
        assertTrue(expected > 0, "the generated prompts ask for step-by-step reasoning");
        assertEquals(Math.min(expected, ExchangesViewModel.LIMIT), table.getItems().size());

        robot.clickOn("#exchanges-search").eraseText(word.length()).write("gpt-4.1 \"unbalanced");
        robot.clickOn("#exchanges-search-button");
        app.settle();
        assertFalse(robot.lookup("#exchanges-summary").queryLabeled().getText().isEmpty(),
                "text that is not FTS5 syntax is searched as a phrase instead of failing");
    }

    @Test
    void theDetailPaneShowsTheFullExchangeAndItsProvenance(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "detail"));
        app.show(robot, Place.EXCHANGES);
        TableView<ExchangeRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(0));
        app.settle();
        ExchangeRow row = table.getItems().get(0);

        List<String> source = app.query("SELECT s.file_name || '|' || e.source_line || '|' || s.sha256 || '|'"
                + " || t.prompt FROM exchanges e JOIN sources s ON s.id = e.source_id"
                + " JOIN exchange_texts t ON t.exchange_id = e.id WHERE e.id = " + row.id());
        String[] parts = source.get(0).split("\\|", 4);
        assertTrue(robot.lookup("#provenance-source-file").queryLabeled().getText().startsWith(parts[0]));
        assertEquals(parts[1], robot.lookup("#provenance-line").queryLabeled().getText());
        assertEquals(parts[2], robot.lookup("#provenance-sha-256").queryLabeled().getText());
        assertEquals(parts[3], robot.lookup("#exchange-prompt").queryTextInputControl().getText());
    }

    @Test
    void selectedExchangesAreTaggedAndAddedToTheDossier(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "tag-exchanges"));
        app.show(robot, Place.EXCHANGES);
        TableView<ExchangeRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().selectRange(0, 2));
        app.settle();
        List<String> ids = table.getSelectionModel().getSelectedItems().stream().map(r -> Long.toString(r.id()))
                .toList();

        robot.clickOn("#exchanges-new-tag").write("exemplar");
        robot.clickOn("#exchanges-add-tag");
        app.settle();
        assertEquals(ids, app.query("SELECT target FROM tags WHERE target_kind = 'exchange' AND tag = 'exemplar'"
                + " ORDER BY CAST(target AS INTEGER)"));

        robot.clickOn("#exchanges-add-to-dossier");
        app.settle();
        assertEquals(List.of("exchanges"), app.query("SELECT kind FROM dossier_sections"));
        assertTrue(app.query("SELECT params_json FROM dossier_sections").get(0)
                .contains("\"exchangeIds\":[" + String.join(",", ids) + "]"));
    }

    @Test
    void anIndicatorPickedInTheNetworkListsTheExchangesThatCarryIt(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "by-indicator"));
        String ip = app.query("SELECT value FROM analysis_indicators WHERE kind = 'shared_ip'"
                + " ORDER BY account_count DESC, value LIMIT 1").get(0);
        robot.interact(() -> app.context().selection().selectIndicator(
                new dev.retort.views.selection.IndicatorRef("shared_ip", ip)));
        app.show(robot, Place.EXCHANGES);

        TableView<ExchangeRow> table = table(robot);
        long expected = app.count("SELECT COUNT(*) FROM exchanges e JOIN ips i ON i.id = e.ip_id WHERE i.ip = '"
                + ip + "'");
        assertTrue(expected > 0);
        assertEquals(Math.min(expected, ExchangesViewModel.LIMIT), table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> ip.equals(r.ip())));
        assertEquals("Exchanges of shared_ip = " + ip, robot.lookup("#exchanges-scope").queryLabeled().getText());
    }
}
