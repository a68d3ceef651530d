package dev.retort.views.accounts;

import dev.retort.analysis.IndicatorKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the accounts table: every imported account with its latest analysis score, campaign, shared indicators and
 * the analyst's tags. Plain JDBC on a reader connection; no JavaFX.
 */
public final class AccountsQuery {

    private AccountsQuery() {
    }

    /** Score and campaign of one account in the latest run. */
    private record Scored(double score, String campaign) {
    }

    public static List<AccountRow> load(Connection conn) throws SQLException {
        long run = latestRun(conn);
        Map<String, Scored> scores = run < 0 ? Map.of() : scores(conn, run);
        Map<String, Set<String>> indicators = run < 0 ? Map.of() : indicators(conn, run);
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
                Scored score = scores.get(account);
                out.add(new AccountRow(account, score == null ? null : score.score(),
                        score == null ? null : score.campaign(), longOrNull(rs, 2), longOrNull(rs, 3),
                        longOrNull(rs, 4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), List.copyOf(indicators.getOrDefault(account, Set.of())),
                        tags.getOrDefault(account, List.of())));
            }
        }
        return out;
    }

    /** The latest complete analysis run's id, or -1 (the same run {@code AnalysisResults.latest} reads). */
    static long latestRun(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT id FROM analysis_runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /**
     * Scores straight from {@code analysis_account_scores}: the table needs score and campaign only, and reading the
     * run's reasons and links for 25,000 accounts through {@code AnalysisResults} would cost seconds and memory.
     */
    private static Map<String, Scored> scores(Connection conn, long run) throws SQLException {
        Map<String, Scored> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT account, score, campaign FROM analysis_account_scores WHERE run_id = ?")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Scored(rs.getDouble(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** Per account, the kinds of value it shares, heaviest kind first. */
    private static Map<String, Set<String>> indicators(Connection conn, long run) throws SQLException {
        String sql = """
                SELECT i.kind, j.value FROM analysis_indicators i, json_each(i.accounts_json) j
                WHERE i.run_id = ? ORDER BY i.weight DESC
                """;
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = names.computeIfAbsent(rs.getString(1), AccountsQuery::shortNameOfCode);
                    out.computeIfAbsent(rs.getString(2), k -> new LinkedHashSet<>()).add(kind);
                }
            }
        }
        return out;
    }

    private static String shortNameOfCode(String code) {
        try {
            return shortName(IndicatorKind.fromCode(code).name());
        } catch (IllegalArgumentException e) {
            return code.replace('_', ' ');
        }
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
