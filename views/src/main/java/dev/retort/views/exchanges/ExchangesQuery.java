package dev.retort.views.exchanges;

import dev.retort.views.common.Display;
import dev.retort.views.common.JsonText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds exchanges for a filter and reads one in full with its provenance. The WHERE clause is assembled from fixed
 * fragments; every value is a {@code ?} parameter. Results are capped (the table shows the first {@code limit} in time
 * order and says so), since a campaign can have millions.
 */
public final class ExchangesQuery {

    /** The exchanges found, in time order, and whether there were more than were returned. */
    public record Page(List<ExchangeRow> rows, boolean more, ExchangeFilter filter) {
    }

    private static final String SELECT = """
            SELECT e.id, e.ts, a.account, m.name, i.ip, e.tokens_in, e.tokens_out, e.status, e.latency_ms,
                   substr(t.prompt, 1, 200)
            FROM exchanges e
            LEFT JOIN accounts a ON a.id = e.account_id
            LEFT JOIN models m ON m.id = e.model_id
            LEFT JOIN ips i ON i.id = e.ip_id
            LEFT JOIN exchange_texts t ON t.exchange_id = e.id
            """;

    private ExchangesQuery() {
    }

    /**
     * As {@link #find(Connection, ExchangeFilter, int)}; a search text that is not valid FTS5 syntax (an analyst typing
     * {@code gpt-4.1} or a stray quote) is retried as one literal phrase instead of failing.
     */
    public static Page search(Connection conn, ExchangeFilter filter, int limit) throws SQLException {
        try {
            return find(conn, filter, limit);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (filter.text() == null || !(msg.contains("fts5") || msg.contains("syntax error"))) {
                throw e;
            }
            return find(conn, filter.withText(phrase(filter.text())), limit);
        }
    }

    /** The text as one FTS5 phrase, inner quotes doubled. */
    static String phrase(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether to list by walking {@code exchanges(ts)} and testing membership instead of gathering the accounts' rows
     * through the (account, ts) index and sorting them. Walking reads about {@code limit * total / selected} rows
     * to find the first {@code limit}; gathering reads all {@code selected} of them, each a seek, before the sort.
     * 500 of the campaign accounts of the 34M-exchange apr-2026 case own 576,000 rows: gathered, 102 s; walked, under a
     * second.
     */
    static boolean walkTime(long selectedRows, long totalRows, int limit) {
        return (double) selectedRows * selectedRows > (double) limit * totalRows;
    }

    /** {@link #walkTime(long, long, int)} for these accounts: their exchanges against the case's (by its top id). */
    private static boolean walkTime(Connection conn, String accountsSql, Object param, int limit) throws SQLException {
        String sql = "SELECT (SELECT COALESCE(SUM(exchange_count), 0) FROM accounts WHERE id IN " + accountsSql
                + "), (SELECT COALESCE(MAX(id), 0) FROM exchanges)";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && walkTime(rs.getLong(1), rs.getLong(2), limit);
            }
        }
    }

    private static final String SELECTED_ACCOUNTS =
            "(SELECT id FROM accounts WHERE account IN (SELECT value FROM json_each(?)))";

    private static final String CAMPAIGN_ACCOUNTS = """
            (SELECT a2.id FROM accounts a2 JOIN analysis_campaign_members cm
                ON cm.account = a2.account
                WHERE cm.campaign = ?
                  AND cm.run_id = (SELECT MAX(id) FROM analysis_runs WHERE status = 'complete'))""";

    public static Page find(Connection conn, ExchangeFilter filter, int limit) throws SQLException {
        return find(conn, filter, limit, null);
    }

    /** {@code walkTime}: null lets the sizes decide (see {@link #walkTime}); tests force either plan. */
    static Page find(Connection conn, ExchangeFilter filter, int limit, Boolean walkTime) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String accountsSql = null;
        Object accountsParam = null;
        if (!filter.accounts().isEmpty()) {
            // one JSON array parameter, however many accounts are selected (SQLite caps bound parameters at 32,766)
            accountsSql = SELECTED_ACCOUNTS;
            accountsParam = jsonArray(filter.accounts());
        } else if (filter.campaign() != null) {
            accountsSql = CAMPAIGN_ACCOUNTS;
            accountsParam = filter.campaign();
        }
        if (accountsSql != null) {
            // Accounts that own much of the traffic are listed by walking exchanges(ts) and testing membership; the
            // unary + keeps SQLite from using the (account, ts) index for this term.
            boolean walk = walkTime != null ? walkTime : walkTime(conn, accountsSql, accountsParam, limit);
            where.add((walk ? "+e.account_id" : "e.account_id") + " IN " + accountsSql);
            params.add(accountsParam);
        }
        if (filter.window() != null) {
            where.add("e.ts >= ? AND e.ts < ?");
            params.add(filter.window().startMs());
            params.add(filter.window().endMs());
        }
        if (filter.indicator() != null) {
            String kind = filter.indicator().kind();
            switch (kind) {
                case "shared_ip" -> where.add("e.ip_id IN (SELECT id FROM ips WHERE ip = ?)");
                case "shared_subnet" -> where.add("e.ip_id IN (SELECT id FROM ips WHERE substr(ip, 1, length(?)) = ?)");
                case "shared_client" -> where.add("e.ua_id IN (SELECT id FROM user_agents WHERE ua = ?)");
                case "shared_key" -> where.add("e.key_id IN (SELECT id FROM api_keys WHERE key = ?)");
                default -> where.add("""
                        e.account_id IN (SELECT a3.id FROM accounts a3 JOIN analysis_indicators ai
                            ON ai.run_id = (SELECT MAX(id) FROM analysis_runs WHERE status = 'complete')
                           AND ai.value = ?
                           AND EXISTS (SELECT 1 FROM json_each(ai.accounts_json) j WHERE j.value = a3.account))""");
            }
            if ("shared_subnet".equals(kind)) {
                String prefix = subnetPrefix(filter.indicator().value());
                params.add(prefix);
                params.add(prefix);
            } else {
                params.add(filter.indicator().value()); // other kinds: the accounts the run says share the value
            }
        }
        if (filter.text() != null) {
            where.add("e.id IN (SELECT rowid FROM exchange_fts WHERE exchange_fts MATCH ?)");
            params.add(filter.text());
        }
        String sql = SELECT + (where.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", where))
                + "\nORDER BY e.ts, e.id LIMIT ?";
        params.add(limit + 1);
        List<ExchangeRow> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        boolean more = rows.size() > limit;
        return new Page(more ? rows.subList(0, limit) : rows, more, filter);
    }

    static String jsonArray(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(JsonText.quote(values.get(i)));
        }
        return sb.append(']').toString();
    }

    /** "10.1.2.0/24" → "10.1.2." ; "2001:db8:1::/48" → "2001:db8:1:"; anything else is used as a prefix. */
    static String subnetPrefix(String subnet) {
        String base = subnet.contains("/") ? subnet.substring(0, subnet.indexOf('/')) : subnet;
        if (base.contains(".") && base.endsWith(".0")) {
            return base.substring(0, base.length() - 1);
        }
        return base.endsWith("::") ? base.substring(0, base.length() - 1) : base;
    }

    public static ExchangeDetail detail(Connection conn, long id) throws SQLException {
        String sql = """
                SELECT e.id, e.ts, a.account, m.name, i.ip, e.tokens_in, e.tokens_out, e.status, e.latency_ms,
                       substr(t.prompt, 1, 200),
                       e.request_id, k.key, u.ua, t.prompt, t.response, COALESCE(t.truncated, 0),
                       s.file_name, s.path, s.sha256, s.format, e.source_line
                FROM exchanges e
                LEFT JOIN accounts a ON a.id = e.account_id
                LEFT JOIN models m ON m.id = e.model_id
                LEFT JOIN ips i ON i.id = e.ip_id
                LEFT JOIN api_keys k ON k.id = e.key_id
                LEFT JOIN user_agents u ON u.id = e.ua_id
                LEFT JOIN exchange_texts t ON t.exchange_id = e.id
                LEFT JOIN sources s ON s.id = e.source_id
                WHERE e.id = ?
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new ExchangeDetail(row(rs), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14), rs.getString(15), rs.getInt(16) == 1, rs.getString(17), rs.getString(18),
                        rs.getString(19), rs.getString(20), rs.getLong(21));
            }
        }
    }

    private static ExchangeRow row(ResultSet rs) throws SQLException {
        return new ExchangeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                intOrNull(rs, 6), intOrNull(rs, 7), intOrNull(rs, 8), intOrNull(rs, 9),
                Display.snippet(rs.getString(10), 160));
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
