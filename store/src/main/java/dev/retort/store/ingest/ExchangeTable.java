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

    /** Page cache (negative: KiB) and sorter threads while an index is built; see buildWithSortCache. */
    private static final int SORT_CACHE = -2000;
    private static final int SORT_THREADS = 4;

    /** Rows per multi-row INSERT: one statement step and reset per 50 rows instead of per row. */
    static final int ROWS_PER_STATEMENT = 50;
    private static final int EXCHANGE_COLUMNS = 16;

    private final Connection conn;
    private final PreparedStatement insert;
    private final PreparedStatement insertMany;
    private final PreparedStatement insertText;
    private final PreparedStatement insertTextMany;
    private final MultiRowBuffer rows = new MultiRowBuffer(EXCHANGE_COLUMNS);
    private final MultiRowBuffer texts = new MultiRowBuffer(4);
    private final PreparedStatement insertQuarantine;
    private final PreparedStatement findByKey;
    private final PreparedStatement fill;
    private int pendingRows;
    private int pendingTexts;
    private int pendingQuarantine;

    ExchangeTable(Connection conn) throws SQLException {
        this.conn = conn;
        String insertSql = """
                INSERT INTO exchanges(id, ts, account_id, key_id, ip_id, ua_id, model_id, tokens_in, tokens_out,
                                      status, latency_ms, prompt_simhash, request_id, dedup_key, source_id,
                                      source_line)
                VALUES """;
        insert = conn.prepareStatement(insertSql + MultiRowBuffer.values(EXCHANGE_COLUMNS, 1));
        insertMany = conn.prepareStatement(insertSql + MultiRowBuffer.values(EXCHANGE_COLUMNS, ROWS_PER_STATEMENT));
        String textSql = "INSERT INTO exchange_texts(exchange_id, prompt, response, truncated) VALUES ";
        insertText = conn.prepareStatement(textSql + MultiRowBuffer.values(4, 1));
        insertTextMany = conn.prepareStatement(textSql + MultiRowBuffer.values(4, ROWS_PER_STATEMENT));
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
        return Scalar.of(conn, "SELECT max(id) FROM exchanges");
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
        buildWithSortCache(conn, INDEXES);
    }

    static void createDedupIndex(Connection conn) throws SQLException {
        buildWithSortCache(conn, DEDUP_INDEX);
    }

    /**
     * Runs CREATE INDEX statements with a small page cache and four sorter threads, then puts both back. The
     * sorter sizes its in-memory runs by the page cache: the import's 256 MB cache made one huge run that sorted
     * slowly, with the other core idle; 2 MB runs sort in the CPU caches, in parallel, and merge (ADR 0074).
     */
    private static void buildWithSortCache(Connection conn, String... indexes) throws SQLException {
        long cacheBefore = Scalar.of(conn, "PRAGMA cache_size");
        long threadsBefore = Scalar.of(conn, "PRAGMA threads");
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA cache_size = " + SORT_CACHE);
            st.execute("PRAGMA threads = " + SORT_THREADS);
            try {
                for (String sql : indexes) {
                    st.execute(sql);
                }
            } finally {
                st.execute("PRAGMA cache_size = " + cacheBefore);
                st.execute("PRAGMA threads = " + threadsBefore);
            }
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
        long count = Scalar.of(conn, "SELECT count(*) FROM exchanges");
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
        rows.put(id);
        rows.put(ts);
        rows.putId(account);
        rows.putId(key);
        rows.putId(ip);
        rows.putId(ua);
        rows.putId(model);
        rows.putId(tokensIn);
        rows.putId(tokensOut);
        rows.putId(status);
        rows.putId(latency);
        rows.put(simhash);
        rows.put(requestId);
        rows.put(dedupKey);
        rows.put(sourceId);
        rows.put(line);
        if (rows.endRow() == ROWS_PER_STATEMENT) {
            rows.bindAll(insertMany);
            insertMany.addBatch();
        }
        pendingRows++;
    }

    void insertText(long id, String prompt, String response, boolean truncated) throws SQLException {
        texts.put(id);
        texts.put(prompt);
        texts.put(response);
        texts.put(truncated ? 1L : 0L);
        if (texts.endRow() == ROWS_PER_STATEMENT) {
            texts.bindAll(insertTextMany);
            insertTextMany.addBatch();
        }
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
            flushMultiRow(rows, insertMany, insert, pendingRows);
            pendingRows = 0;
        }
        if (pendingTexts > 0) {
            flushMultiRow(texts, insertTextMany, insertText, pendingTexts);
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

    /** Runs the full multi-row statements, then the rows left over (fewer than a statement holds) one by one. */
    private static void flushMultiRow(MultiRowBuffer buffer, PreparedStatement many, PreparedStatement single,
                                      int pending) throws SQLException {
        if (pending >= ROWS_PER_STATEMENT) {
            many.executeBatch();
        }
        if (buffer.rows() > 0) {
            buffer.bindEachRow(single);
            single.executeBatch();
        }
    }

    private static Long get(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        insertMany.close();
        insertText.close();
        insertTextMany.close();
        insertQuarantine.close();
        findByKey.close();
        fill.close();
    }
}
