package dev.retort.views.exchanges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import dev.retort.views.testing.DemoCase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangesQueryTest {

    @TempDir
    Path dir;

    @Test
    void aCampaignListsTheSameExchangesWhicheverIndexTheQueryWalks() throws Exception {
        try (CaseFile c = CaseFile.open(DemoCase.copyTo(dir, "query")); Connection conn = c.openReader()) {
            String campaign;
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT campaign FROM analysis_campaign_members GROUP BY campaign ORDER BY COUNT(*) DESC LIMIT 1")) {
                rs.next();
                campaign = rs.getString(1);
            }
            ExchangeFilter filter = new ExchangeFilter(List.of(), campaign, null, null, null);
            List<Long> byAccount = ids(ExchangesQuery.find(conn, filter, 300, false));
            List<Long> byTime = ids(ExchangesQuery.find(conn, filter, 300, true));
            assertFalse(byAccount.isEmpty());
            assertEquals(byAccount, byTime);
        }
    }

    @Test
    void selectedAccountsListTheSameExchangesWhicheverIndexTheQueryWalks() throws Exception {
        try (CaseFile c = CaseFile.open(DemoCase.copyTo(dir, "accounts")); Connection conn = c.openReader()) {
            List<String> accounts = new java.util.ArrayList<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT account FROM accounts ORDER BY exchange_count DESC LIMIT 40")) {
                while (rs.next()) {
                    accounts.add(rs.getString(1));
                }
            }
            ExchangeFilter filter = new ExchangeFilter(accounts, null, null, null, null);
            List<Long> byAccount = ids(ExchangesQuery.find(conn, filter, 300, false));
            List<Long> byTime = ids(ExchangesQuery.find(conn, filter, 300, true));
            assertFalse(byAccount.isEmpty());
            assertEquals(byAccount, byTime);
            assertEquals(byAccount, ids(ExchangesQuery.find(conn, filter, 300)), "the chosen plan agrees too");
        }
    }

    @Test
    void theTimeIndexIsWalkedWhenTheSelectionOwnsEnoughOfTheTraffic() {
        assertTrue(ExchangesQuery.walkTime(576_000, 34_265_663, 2_001), "500 campaign accounts of apr-2026");
        assertFalse(ExchangesQuery.walkTime(5_000, 34_265_663, 2_001), "a handful of ordinary accounts");
        assertTrue(ExchangesQuery.walkTime(28_797_037, 34_265_663, 2_001), "the 25,000-account campaign");
        assertFalse(ExchangesQuery.walkTime(0, 0, 2_001), "an empty case");
    }

    private static List<Long> ids(ExchangesQuery.Page page) {
        return page.rows().stream().map(ExchangeRow::id).toList();
    }
}
