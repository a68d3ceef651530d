package dev.retort.views.exchanges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
            List<Long> byAccount = ids(ExchangesQuery.find(conn, filter, 300, Integer.MAX_VALUE));
            List<Long> byTime = ids(ExchangesQuery.find(conn, filter, 300, 0));
            assertFalse(byAccount.isEmpty());
            assertEquals(byAccount, byTime);
        }
    }

    private static List<Long> ids(ExchangesQuery.Page page) {
        return page.rows().stream().map(ExchangeRow::id).toList();
    }
}
