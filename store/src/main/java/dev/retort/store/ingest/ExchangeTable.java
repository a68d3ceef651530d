package dev.retort.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The batched statements that write exchanges, their texts and quarantined lines, and the look-up used when a
 * record may already be in the case.
 */
final class ExchangeTable implements AutoCloseable {

    /** The indexes the timeline and the analysis need; built after a bulk load. */
    static final String[] INDEXES = {
        "CREATE INDEX IF NOT EXISTS exchanges_account_ts ON exchanges(account_id, ts)",
        "CREATE INDEX IF NOT EXISTS exchanges_ts ON exchanges(ts)",
    };

    /** Only merges read by de-duplication key: built when the first possible duplicate arrives. */
    static final String DEDUP_INDEX = "CREATE INDEX IF NOT EXISTS exchanges_dedup ON exchanges(dedup_key)";

    /** A stored exchange as the merge needs it; unknown values are null. */
    record Stored(long id, long ts, Long accountId, Long keyId, Long ipId, Long uaId, Long modelId, Long tokensIn,
                  Long tokensOut, Long status, Long latencyMs, Long simhash, String requestId, boolean hasText) {
    }

    private final Connection conn;
    private final PreparedStatement insert;
    private final PreparedStatement insertText;
    private final PreparedStatement insertQuarantine;
    private final PreparedStatement findByKey;
    private final PreparedStatement fill;
    private int pendingRows;
    private int pendingTexts;
    private int pendingQuarantine;

    ExchangeTable(Connection conn) throws SQLException {
        this.conn = conn;
        insert = conn.prepareStatement("""
                INSERT INTO exchanges(id, ts, account_id, key_id, ip_id, ua_id, model_id, tokens_in, tokens_out,
                                      status, latency_ms, prompt_simhash, request_id, dedup_key, source_id,
                                      source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
        insertText = conn.prepareStatement("""
                INSERT INTO exchange_texts(exchange_id, prompt, response, truncated) VALUES (?, ?, ?, ?)
                """);
        insertQuarantine = conn.prepareStatement("""
                INSERT INTO quarantine(source_id, line, reason, raw) VALUES (?, ?, ?, ?)
                """);
        findByKey = conn.prepareStatement("""
                SELECT e.id, e.ts, e.account_id, e.key_id, e.ip_id, e.ua_id, e.model_id, e.tokens_in, e.tokens_out,
                       e.status, e.latency_ms, e.prompt_simhash, e.request_id,
                       EXISTS (SELECT 1 FROM exchange_texts t WHERE t.exchange_id = e.id)
                FROM exchanges e WHERE e.dedup_key = ?
                """);
        fill = conn.prepareStatement("""
                UPDATE exchanges SET account_id = coalesce(account_id, ?), key_id = coalesce(key_id, ?),
                    ip_id = coalesce(ip_id, ?), ua_id = coalesce(ua_id, ?), model_id = coalesce(model_id, ?),
                    tokens_in = coalesce(tokens_in, ?), tokens_out = coalesce(tokens_out, ?),
                    status = coalesce(status, ?), latency_ms = coalesce(latency_ms, ?),
                    prompt_simhash = coalesce(prompt_simhash, ?)
                WHERE id = ?
                """);
    }

    static long maxId(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT max(id) FROM exchanges")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static boolean isEmpty(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM exchanges)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static void dropIndexes(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DROP INDEX IF EXISTS exchanges_account_ts");
            st.execute("DROP INDEX IF EXISTS exchanges_ts");
            st.execute("DROP INDEX IF EXISTS exchanges_dedup");
        }
    }

    static void createIndexes(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String sql : INDEXES) {
                st.execute(sql);
            }
        }
    }

    static void createDedupIndex(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(DEDUP_INDEX);
        }
    }

    static boolean hasDedupIndex(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'exchanges_dedup'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Every de-duplication key in the case. */
    static LongHashSet loadKeys(Connection conn) throws SQLException {
        long count;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM exchanges")) {
            count = rs.next() ? rs.getLong(1) : 0;
        }
        LongHashSet keys = new LongHashSet((int) Math.min(count + 1024, Integer.MAX_VALUE / 2));
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT dedup_key FROM exchanges")) {
            while (rs.next()) {
                keys.add(rs.getLong(1));
            }
        }
        return keys;
    }

    void insert(long id, long ts, long account, long key, long ip, long ua, long model, int tokensIn, int tokensOut,
                int status, int latency, Long simhash, String requestId, long dedupKey, long sourceId, long line)
            throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, ts);
        setId(insert, 3, account);
        setId(insert, 4, key);
        setId(insert, 5, ip);
        setId(insert, 6, ua);
        setId(insert, 7, model);
        setId(insert, 8, tokensIn);
        setId(insert, 9, tokensOut);
        setId(insert, 10, status);
        setId(insert, 11, latency);
        if (simhash == null) {
            insert.setNull(12, Types.INTEGER);
        } else {
            insert.setLong(12, simhash);
        }
        insert.setString(13, requestId);
        insert.setLong(14, dedupKey);
        insert.setLong(15, sourceId);
        insert.setLong(16, line);
        insert.addBatch();
        pendingRows++;
    }

    void insertText(long id, String prompt, String response, boolean truncated) throws SQLException {
        insertText.setLong(1, id);
        insertText.setString(2, prompt);
        insertText.setString(3, response);
        insertText.setInt(4, truncated ? 1 : 0);
        insertText.addBatch();
        pendingTexts++;
    }

    void quarantine(long sourceId, long line, String reason, String raw) throws SQLException {
        insertQuarantine.setLong(1, sourceId);
        insertQuarantine.setLong(2, line);
        insertQuarantine.setString(3, reason);
        insertQuarantine.setString(4, raw);
        insertQuarantine.addBatch();
        pendingQuarantine++;
    }

    int pending() {
        return pendingRows + pendingTexts + pendingQuarantine;
    }

    void flush() throws SQLException {
        if (pendingRows > 0) {
            insert.executeBatch();
            pendingRows = 0;
        }
        if (pendingTexts > 0) {
            insertText.executeBatch();
            pendingTexts = 0;
        }
        if (pendingQuarantine > 0) {
            insertQuarantine.executeBatch();
            pendingQuarantine = 0;
        }
    }

    /** Stored exchanges with this de-duplication key (normally none or one). Flush first. */
    List<Stored> findByKey(long dedupKey) throws SQLException {
        List<Stored> out = new ArrayList<>(1);
        findByKey.setLong(1, dedupKey);
        try (ResultSet rs = findByKey.executeQuery()) {
            while (rs.next()) {
                out.add(new Stored(rs.getLong(1), rs.getLong(2), get(rs, 3), get(rs, 4), get(rs, 5), get(rs, 6),
                        get(rs, 7), get(rs, 8), get(rs, 9), get(rs, 10), get(rs, 11), get(rs, 12),
                        rs.getString(13), rs.getBoolean(14)));
            }
        }
        return out;
    }

    /** Fills the stored exchange's unknown fields from the given values (null leaves a field as it is). */
    void fill(long id, Long account, Long key, Long ip, Long ua, Long model, Long tokensIn, Long tokensOut,
              Long status, Long latency, Long simhash) throws SQLException {
        Long[] values = {account, key, ip, ua, model, tokensIn, tokensOut, status, latency, simhash};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                fill.setNull(i + 1, Types.INTEGER);
            } else {
                fill.setLong(i + 1, values[i]);
            }
        }
        fill.setLong(11, id);
        fill.executeUpdate();
    }

    /** Adds a text to the full-text index at once (for exchanges below the index's watermark). */
    void indexText(long id, String prompt, String response) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO exchange_fts(rowid, prompt, response) VALUES (?, ?, ?)
                """)) {
            ps.setLong(1, id);
            ps.setString(2, prompt);
            ps.setString(3, response);
            ps.executeUpdate();
        }
    }

    private static Long get(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static void setId(PreparedStatement ps, int i, long v) throws SQLException {
        if (v < 0) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        insertText.close();
        insertQuarantine.close();
        findByKey.close();
        fill.close();
    }
}
