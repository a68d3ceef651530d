package dev.retort.views.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.views.shell.Place;
import dev.retort.views.testing.DemoCase;
import dev.retort.views.testing.HarnessTest;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class AccountsViewTest extends HarnessTest {

    @SuppressWarnings("unchecked")
    private TableView<AccountRow> table(FxRobot robot) {
        return robot.lookup("#accounts-table").queryAs(TableView.class);
    }

    @Test
    void listsEveryAccountOfTheCaseWithItsScoreHighestFirst(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "accounts"));
        app.show(robot, Place.ACCOUNTS);

        TableView<AccountRow> table = table(robot);
        assertEquals(app.count("SELECT COUNT(*) FROM accounts"), table.getItems().size());
        AccountRow first = table.getItems().get(0);
        double top = Double.parseDouble(app.query("SELECT MAX(score) FROM analysis_account_scores").get(0));
        assertEquals(top, first.score(), 1e-9, "sorted by score, highest first");
        assertTrue(first.campaign() != null, "the top account belongs to a campaign");
        assertFalse(first.indicators().isEmpty(), "its shared indicators are listed");
    }

    @Test
    void filtersByTextCampaignAndFlaggedOnly(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "filters"));
        app.show(robot, Place.ACCOUNTS);
        TableView<AccountRow> table = table(robot);
        long members = app.count("SELECT COUNT(*) FROM analysis_account_scores WHERE campaign IS NOT NULL");

        robot.clickOn("#accounts-flagged");
        app.settle();
        assertEquals(members, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.campaign() != null));

        String campaign = app.query("SELECT campaign FROM analysis_account_scores WHERE campaign IS NOT NULL"
                + " GROUP BY campaign ORDER BY COUNT(*), campaign LIMIT 1").get(0);
        robot.interact(() -> robot.lookup("#accounts-campaign").queryComboBox().getSelectionModel().select(campaign));
        app.settle();
        assertEquals(app.count("SELECT COUNT(*) FROM analysis_account_scores WHERE campaign = '" + campaign + "'"),
                table.getItems().size());
        assertEquals(campaign, app.context().selection().campaign(), "picking a campaign selects it everywhere");

        String one = table.getItems().get(0).account();
        robot.clickOn("#accounts-filter").write(one);
        app.settle();
        assertTrue(table.getItems().stream().allMatch(r -> r.account().contains(one)));
        assertTrue(robot.lookup("#accounts-summary").queryLabeled().getText().startsWith(
                table.getItems().size() + " of "));
    }

    @Test
    void multiSelectedAccountsBecomeTheSelectionAndAreTaggedInBulk(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "bulk"));
        app.show(robot, Place.ACCOUNTS);
        TableView<AccountRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        List<String> chosen = table.getSelectionModel().getSelectedItems().stream().map(AccountRow::account).toList();
        assertEquals(3, chosen.size());
        assertEquals(chosen, app.context().selection().accounts());

        robot.clickOn("#accounts-tag-text").write("hydra-suspect");
        robot.clickOn("#accounts-tag");
        app.settle();

        List<String> tagged = app.query("SELECT target FROM tags WHERE tag = 'hydra-suspect' ORDER BY target");
        assertEquals(chosen.stream().sorted().toList(), tagged);
        assertEquals(3, app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'tag.add'"));
        assertTrue(table.getItems().stream().filter(r -> chosen.contains(r.account()))
                .allMatch(r -> r.tags().contains("hydra-suspect")), "the tags column shows the new tag");
    }

    @Test
    void aNoteWrittenInTheSidePanelGoesOnEverySelectedAccount(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "notes"));
        app.show(robot, Place.ACCOUNTS);
        TableView<AccountRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().selectRange(0, 2));
        app.settle();
        assertEquals("2 accounts", robot.lookup("#accounts-annotations-heading").queryLabeled().getText());

        robot.clickOn("#accounts-new-note").write("same card, same /24, signed up within a minute");
        robot.clickOn("#accounts-add-note");
        app.settle();

        assertEquals(2, app.count("SELECT COUNT(*) FROM notes WHERE target_kind = 'account'"
                + " AND body = 'same card, same /24, signed up within a minute'"));
        assertEquals(2, robot.lookup("#accounts-notes").queryListView().getItems().size());
    }

    @Test
    void theSelectedCampaignCarriesItsOwnTagsAndNotes(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "campaign-notes"));
        app.show(robot, Place.ACCOUNTS);
        String campaign = app.query("SELECT campaign FROM analysis_campaigns ORDER BY score DESC LIMIT 1").get(0);
        robot.interact(() -> app.context().selection().selectCampaign(campaign));
        robot.clickOn("#accounts-annotate-campaign");
        app.settle();
        assertEquals("Campaign " + campaign,
                robot.lookup("#accounts-annotations-heading").queryLabeled().getText());

        robot.clickOn("#accounts-new-tag").write("referred-to-legal");
        robot.clickOn("#accounts-add-tag");
        robot.clickOn("#accounts-new-note").write("Operator reuses one card BIN across all members");
        robot.clickOn("#accounts-add-note");
        app.settle();

        assertEquals(List.of(campaign), app.query(
                "SELECT target FROM tags WHERE target_kind = 'campaign' AND tag = 'referred-to-legal'"));
        assertEquals(1, app.count("SELECT COUNT(*) FROM notes WHERE target_kind = 'campaign' AND target = '"
                + campaign + "'"));
        assertEquals(List.of("note.add", "tag.add"), app.query(
                "SELECT action FROM audit_log WHERE target = 'campaign:" + campaign + "' ORDER BY action"));
    }

    @Test
    void filtersByVolumeAgeAndIndicatorKind(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "volume-age"));
        app.show(robot, Place.ACCOUNTS);
        TableView<AccountRow> table = table(robot);

        robot.clickOn("#accounts-min-exchanges").write("300");
        app.settle();
        assertEquals(app.count("SELECT COUNT(*) FROM accounts WHERE exchange_count >= 300"), table.getItems().size());

        robot.clickOn("#accounts-max-age").write("10");
        app.settle();
        assertTrue(table.getItems().stream().allMatch(r -> r.exchanges() >= 300 && r.ageDays() <= 10));

        robot.interact(() -> robot.lookup("#accounts-indicator").queryComboBox().getSelectionModel().select("card"));
        app.settle();
        assertFalse(table.getItems().isEmpty(), "campaign accounts share cards");
        assertTrue(table.getItems().stream().allMatch(r -> r.indicators().contains("card")));
    }

    @Test
    void aClickedHeaderSortsByThatColumnsValueAndAFilterKeepsTheOrder(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "sort"));
        app.show(robot, Place.ACCOUNTS);
        TableView<AccountRow> table = table(robot);
        robot.interact(() -> {
            var volume = table.getColumns().stream().filter(c -> c.getId().equals("col-exchanges")).findFirst()
                    .orElseThrow();
            volume.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(volume));
        });
        app.settle();
        List<Long> volumes = table.getItems().stream().map(AccountRow::exchanges).toList();
        assertEquals(volumes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), volumes);
        assertEquals(app.count("SELECT MAX(exchange_count) FROM accounts"), volumes.get(0));

        robot.clickOn("#accounts-flagged");
        app.settle();
        List<Long> flagged = table.getItems().stream().map(AccountRow::exchanges).toList();
        assertTrue(flagged.size() < volumes.size());
        assertEquals(flagged.stream().sorted(java.util.Comparator.reverseOrder()).toList(), flagged,
                "filtering keeps the chosen order");
    }

    @Test
    void selectingACampaignLightsUpItsMembersRows(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "highlight"));
        app.show(robot, Place.ACCOUNTS);
        TableView<AccountRow> table = table(robot);
        String campaign = table.getItems().get(0).campaign();
        javafx.css.PseudoClass lit = javafx.css.PseudoClass.getPseudoClass("in-selected-campaign");
        assertTrue(robot.from(table).lookup(".table-row-cell").queryAll().stream().noneMatch(n -> n.getPseudoClassStates()
                .contains(lit)));

        robot.interact(() -> app.context().selection().selectCampaign(campaign));
        @SuppressWarnings("unchecked")
        List<javafx.scene.control.TableRow<AccountRow>> rows = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableRow<AccountRow>) n).toList();
        assertFalse(rows.isEmpty());
        for (var row : rows) {
            boolean member = row.getItem() != null && campaign.equals(row.getItem().campaign());
            assertEquals(member, row.getPseudoClassStates().contains(lit), "row " + row.getIndex());
        }
        assertTrue(rows.stream().anyMatch(r -> r.getPseudoClassStates().contains(lit)));
    }

    @Test
    void aRangeOfRowsBecomesTheSharedSelectionInOneChange(FxRobot robot) throws Exception {
        app.open(robot, DemoCase.copyTo(dir, "range"));
        app.show(robot, Place.ACCOUNTS);
        TableView<AccountRow> table = table(robot);
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> app.context().selection().accounts().addListener(
                (javafx.collections.ListChangeListener<String>) c -> changes.incrementAndGet()));
        robot.interact(() -> {
            table.getSelectionModel().selectRange(0, 20);
            table.getSelectionModel().selectRange(20, 40);
        });
        assertEquals(40, app.context().selection().accounts().size());
        assertEquals(table.getItems().subList(0, 40).stream().map(AccountRow::account).toList(),
                app.context().selection().accounts());
        assertEquals(1, changes.get(), "one update of the shared selection for the whole event");
    }
}
