package dev.retort.views.accounts;

import dev.retort.analysis.AccountScore;
import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.Indicator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the accounts table: every imported account with its latest analysis score, campaign, shared indicators and
 * the analyst's tags. Plain JDBC on a reader connection; no JavaFX.
 */
public final class AccountsQuery {

    private AccountsQuery() {
    }

    public static List<AccountRow> load(Connection conn) throws SQLException {
        Optional<AnalysisResults> results = AnalysisResults.latest(conn);
        Map<String, AccountScore> scores = new HashMap<>();
        Map<String, Set<String>> indicators = new HashMap<>();
        results.ifPresent(r -> {
            for (AccountScore s : r.accounts()) {
                scores.put(s.account(), s);
            }
            // heaviest kinds first, so the column reads "card, ip" rather than "sync, card"
            List<Indicator> byWeight = new ArrayList<>(r.indicators());
            byWeight.sort((a, b) -> Double.compare(b.weight(), a.weight()));
            for (Indicator i : byWeight) {
                String kind = shortName(i.kind().name());
                for (String account : i.accounts()) {
                    indicators.computeIfAbsent(account, k -> new LinkedHashSet<>()).add(kind);
                }
            }
        });
        Map<String, List<String>> tags = tags(conn);
        String sql = """
                SELECT account, created_at, first_seen, last_seen, exchange_count, email, payment_fingerprint,
                       country, org_id
                FROM accounts ORDER BY account
                """;
        List<AccountRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String account = rs.getString(1);
                AccountScore score = scores.get(account);
                out.add(new AccountRow(account, score == null ? null : score.score(),
                        score == null ? null : score.campaign(), longOrNull(rs, 2), longOrNull(rs, 3),
                        longOrNull(rs, 4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), List.copyOf(indicators.getOrDefault(account, Set.of())),
                        tags.getOrDefault(account, List.of())));
            }
        }
        return out;
    }

    private static Map<String, List<String>> tags(Connection conn) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        String sql = "SELECT target, tag FROM tags WHERE target_kind = 'account' ORDER BY target, tag";
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** CARD_BIN → "card bin", USER_AGENT → "client". */
    static String shortName(String kindName) {
        return switch (kindName) {
            case "USER_AGENT" -> "client";
            case "API_KEY" -> "key";
            case "SYNC_ACTIVITY" -> "sync";
            case "PROMPT_TEMPLATE" -> "template";
            default -> kindName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
