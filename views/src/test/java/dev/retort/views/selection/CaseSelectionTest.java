package dev.retort.views.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class CaseSelectionTest {

    @Test
    void selectingAccountsReplacesTheListInOneChangeWithoutDuplicates() {
        CaseSelection selection = new CaseSelection();
        List<List<String>> seen = new ArrayList<>();
        selection.accounts().addListener((ListChangeListener<String>) c -> seen.add(List.copyOf(c.getList())));

        selection.selectAccounts(List.of("acct-1", "acct-2", "acct-1"));

        assertEquals(List.of("acct-1", "acct-2"), selection.accounts());
        assertEquals(1, seen.size());
    }

    @Test
    void selectingTheSameAccountsAgainFiresNoChange() {
        CaseSelection selection = new CaseSelection();
        selection.selectAccounts(List.of("a", "b"));
        List<Object> seen = new ArrayList<>();
        selection.accounts().addListener((ListChangeListener<String>) seen::add);

        selection.selectAccounts(List.of("a", "b"));

        assertTrue(seen.isEmpty());
    }

    @Test
    void campaignChangesReachListeners() {
        CaseSelection selection = new CaseSelection();
        List<String> seen = new ArrayList<>();
        selection.campaignProperty().addListener((obs, old, now) -> seen.add(now));

        selection.selectCampaign("C-1");
        selection.selectCampaign(null);

        assertEquals(java.util.Arrays.asList("C-1", null), seen);
    }

    @Test
    void clearEmptiesEveryPart() {
        CaseSelection selection = new CaseSelection();
        selection.selectCampaign("C-1");
        selection.selectAccounts(List.of("a"));
        selection.selectWindow(new TimeWindow(0, 1000));
        selection.selectIndicator(new IndicatorRef("ip", "10.0.0.1"));

        selection.clear();

        assertNull(selection.campaign());
        assertTrue(selection.accounts().isEmpty());
        assertNull(selection.window());
        assertNull(selection.indicator());
        assertTrue(selection.isEmpty());
    }

    @Test
    void aTimeWindowMustEndAfterItStartsAndIsHalfOpen() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(10, 10));
        TimeWindow w = new TimeWindow(10, 20);
        assertTrue(w.contains(10));
        assertTrue(!w.contains(20));
        assertEquals(10, w.durationMs());
    }
}
