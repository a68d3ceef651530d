package dev.retort.analysis;

import dev.retort.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Writes one run into the V003 tables in a single transaction. */
final class ResultsWriter {
    private static final int BATCH = 5_000;

    private ResultsWriter() {}

    /** Saves the run and returns its new id. */
    static long save(Connection conn, AnalysisResults results) {
        try {
            boolean autoCommit = conn.getAutoCommit();
            conn.setAutoCommit(false);
            try {
                long runId = insertRun(conn, results.run());
                insertCampaigns(conn, runId, results.campaigns());
                insertAccounts(conn, runId, results.accounts());
                insertIndicators(conn, runId, results.indicators());
                insertLinks(conn, runId, results.links());
                conn.commit();
                return runId;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the analysis run: " + e.getMessage(), e);
        }
    }

    private static long insertRun(Connection conn, RunInfo run) throws SQLException {
        String sql = """
                INSERT INTO analysis_runs(started_at, finished_at, analyst, tool_version, config_version, config_json,
                                          accounts, exchanges, duration_ms, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, run.startedAt().toString());
            ps.setString(2, run.finishedAt() == null ? null : run.finishedAt().toString());
            ps.setString(3, run.analyst());
            ps.setString(4, run.toolVersion());
            ps.setString(5, run.configVersion());
            ps.setString(6, run.configJson());
            ps.setLong(7, run.accounts());
            ps.setLong(8, run.exchanges());
            ps.setLong(9, run.durationMs());
            ps.setString(10, run.status());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertCampaigns(Connection conn, long runId, List<CampaignResult> campaigns)
            throws SQLException {
        String sql = """
                INSERT INTO analysis_campaigns(run_id, campaign, score, verdict, account_count, exchange_count,
                                               window_start, window_end, ramp_end, signals_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        String memberSql = """
                INSERT INTO analysis_campaign_members(run_id, campaign, account) VALUES (?, ?, ?)
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql);
             PreparedStatement members = conn.prepareStatement(memberSql)) {
            for (CampaignResult c : campaigns) {
                ps.setLong(1, runId);
                ps.setString(2, c.id());
                ps.setDouble(3, c.score());
                ps.setString(4, c.verdict());
                ps.setInt(5, c.accounts().size());
                ps.setLong(6, c.exchanges());
                setInstant(ps, 7, c.windowStart());
                setInstant(ps, 8, c.windowEnd());
                setInstant(ps, 9, c.rampEnd());
                ps.setString(10, Json.write(c.signals()));
                ps.addBatch();
                for (String account : c.accounts()) {
                    members.setLong(1, runId);
                    members.setString(2, c.id());
                    members.setString(3, account);
                    members.addBatch();
                }
                members.executeBatch();
                insertReasons(conn, runId, "campaign", c.id(), c.reasons());
            }
            ps.executeBatch();
        }
    }

    private static void insertAccounts(Connection conn, long runId, List<AccountScore> accounts) throws SQLException {
        String sql = """
                INSERT INTO analysis_account_scores(run_id, account, score, campaign, cluster, signals_json)
                VALUES (?, ?, ?, ?, ?, ?)
                """;
        String reasonSql = """
                INSERT INTO analysis_reasons(run_id, subject_kind, subject, ordinal, code, weight, text, exchange_ids)
                VALUES (?, 'account', ?, ?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql);
             PreparedStatement rps = conn.prepareStatement(reasonSql)) {
            int n = 0;
            for (AccountScore a : accounts) {
                ps.setLong(1, runId);
                ps.setString(2, a.account());
                ps.setDouble(3, a.score());
                ps.setString(4, a.campaign());
                ps.setString(5, a.cluster());
                ps.setString(6, Json.write(a.signals()));
                ps.addBatch();
                int ordinal = 0;
                for (Reason r : a.reasons()) {
                    rps.setLong(1, runId);
                    rps.setString(2, a.account());
                    rps.setInt(3, ordinal++);
                    rps.setString(4, r.code());
                    rps.setDouble(5, r.weight());
                    rps.setString(6, r.text());
                    rps.setString(7, Json.write(r.exchangeIds()));
                    rps.addBatch();
                }
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    rps.executeBatch();
                }
            }
            ps.executeBatch();
            rps.executeBatch();
        }
    }

    private static void insertReasons(Connection conn, long runId, String kind, String subject, List<Reason> reasons)
            throws SQLException {
        String sql = """
                INSERT INTO analysis_reasons(run_id, subject_kind, subject, ordinal, code, weight, text, exchange_ids)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int ordinal = 0;
            for (Reason r : reasons) {
                ps.setLong(1, runId);
                ps.setString(2, kind);
                ps.setString(3, subject);
                ps.setInt(4, ordinal++);
                ps.setString(5, r.code());
                ps.setDouble(6, r.weight());
                ps.setString(7, r.text());
                ps.setString(8, Json.write(r.exchangeIds()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertIndicators(Connection conn, long runId, List<Indicator> indicators)
            throws SQLException {
        String sql = """
                INSERT INTO analysis_indicators(run_id, kind, value, account_count, weight, accounts_json)
                VALUES (?, ?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int n = 0;
            for (Indicator i : indicators) {
                ps.setLong(1, runId);
                ps.setString(2, i.kind().code());
                ps.setString(3, i.value());
                ps.setInt(4, i.accounts().size());
                ps.setDouble(5, i.weight());
                ps.setString(6, Json.write(i.accounts()));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertLinks(Connection conn, long runId, List<Link> links) throws SQLException {
        String sql = """
                INSERT OR REPLACE INTO analysis_links(run_id, account_a, account_b, weight, kinds)
                VALUES (?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int n = 0;
            for (Link l : links) {
                ps.setLong(1, runId);
                ps.setString(2, l.a());
                ps.setString(3, l.b());
                ps.setDouble(4, l.weight());
                ps.setString(5, l.kinds().stream().map(IndicatorKind::code).collect(Collectors.joining(",")));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value.toEpochMilli());
        }
    }
}
