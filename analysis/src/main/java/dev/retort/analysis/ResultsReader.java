package dev.retort.analysis;

import dev.retort.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a stored run back from the V003 tables. */
final class ResultsReader {
    private ResultsReader() {}

    static Optional<AnalysisResults> latest(Connection conn) {
        String sql = """
                SELECT id FROM analysis_runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? load(conn, rs.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot find the latest analysis run", e);
        }
    }

    static List<RunInfo> runs(Connection conn) {
        List<RunInfo> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(RUN_SQL + " ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(run(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list analysis runs", e);
        }
        return out;
    }

    static Optional<AnalysisResults> load(Connection conn, long runId) {
        try {
            RunInfo run = null;
            try (PreparedStatement ps = conn.prepareStatement(RUN_SQL + " WHERE id = ? AND status = 'complete'")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        run = run(rs);
                    }
                }
            }
            if (run == null) {
                return Optional.empty();
            }
            Map<String, List<Reason>> campaignReasons = reasons(conn, runId, "campaign");
            Map<String, List<Reason>> accountReasons = reasons(conn, runId, "account");
            return Optional.of(new AnalysisResults(run, campaigns(conn, runId, campaignReasons),
                    accounts(conn, runId, accountReasons), indicators(conn, runId), links(conn, runId)));
        } catch (SQLException e) {
            throw new StoreException("cannot read analysis run " + runId, e);
        }
    }

    private static final String RUN_SQL = """
            SELECT id, started_at, finished_at, analyst, tool_version, config_version, config_json, accounts,
                   exchanges, duration_ms, status
            FROM analysis_runs""";

    private static RunInfo run(ResultSet rs) throws SQLException {
        String finished = rs.getString(3);
        return new RunInfo(rs.getLong(1), Instant.parse(rs.getString(2)),
                finished == null ? null : Instant.parse(finished), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getString(11));
    }

    private static Map<String, List<Reason>> reasons(Connection conn, long runId, String kind) throws SQLException {
        String sql = """
                SELECT subject, code, weight, text, exchange_ids FROM analysis_reasons
                WHERE run_id = ? AND subject_kind = ? ORDER BY subject, ordinal
                """;
        Map<String, List<Reason>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, runId);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Reason(rs.getString(2), rs.getDouble(3), rs.getString(4),
                                    Json.longs(rs.getString(5))));
                }
            }
        }
        return out;
    }

    private static List<CampaignResult> campaigns(Connection conn, long runId, Map<String, List<Reason>> reasons)
            throws SQLException {
        Map<String, List<String>> members = new HashMap<>();
        String memberSql = """
                SELECT campaign, account FROM analysis_campaign_members WHERE run_id = ? ORDER BY campaign, account
                """;
        try (PreparedStatement ps = conn.prepareStatement(memberSql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        String sql = """
                SELECT campaign, score, verdict, exchange_count, window_start, window_end, ramp_end, signals_json
                FROM analysis_campaigns WHERE run_id = ? ORDER BY score DESC, campaign
                """;
        List<CampaignResult> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new CampaignResult(id, rs.getDouble(2), rs.getString(3),
                            members.getOrDefault(id, List.of()), rs.getLong(4), instant(rs, 5), instant(rs, 6),
                            instant(rs, 7), Json.doubles(rs.getString(8)), reasons.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    private static List<AccountScore> accounts(Connection conn, long runId, Map<String, List<Reason>> reasons)
            throws SQLException {
        String sql = """
                SELECT account, score, campaign, cluster, signals_json FROM analysis_account_scores
                WHERE run_id = ? ORDER BY score DESC, account
                """;
        List<AccountScore> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String account = rs.getString(1);
                    out.add(new AccountScore(account, rs.getDouble(2), rs.getString(3), rs.getString(4),
                            Json.doubles(rs.getString(5)), reasons.getOrDefault(account, List.of())));
                }
            }
        }
        return out;
    }

    private static List<Indicator> indicators(Connection conn, long runId) throws SQLException {
        String sql = """
                SELECT kind, value, weight, accounts_json FROM analysis_indicators WHERE run_id = ?
                ORDER BY weight DESC, kind, value
                """;
        List<Indicator> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Indicator(IndicatorKind.fromCode(rs.getString(1)), rs.getString(2),
                            Json.strings(rs.getString(4)), rs.getDouble(3)));
                }
            }
        }
        return out;
    }

    private static List<Link> links(Connection conn, long runId) throws SQLException {
        String sql = """
                SELECT account_a, account_b, weight, kinds FROM analysis_links WHERE run_id = ?
                """;
        List<Link> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<IndicatorKind> kinds = rs.getString(4).isEmpty() ? List.of()
                            : Arrays.stream(rs.getString(4).split(",")).map(IndicatorKind::fromCode).toList();
                    out.add(new Link(rs.getString(1), rs.getString(2), rs.getDouble(3), kinds));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Link::weight).reversed());
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
