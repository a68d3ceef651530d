package dev.retort.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-account hourly counts and per-account first/last seen, accumulated in memory between commits and added to
 * the case in the same transaction as the exchanges they count.
 */
final class Rollups implements AutoCloseable {
    private static final long HOUR_MS = 3_600_000L;

    private final Map<Long, long[]> hours = new HashMap<>();   // (account << 22 | hour) -> exchanges, in, out
    private final Map<Long, long[]> accounts = new HashMap<>(); // account -> count, first, last
    private final PreparedStatement upsertHour;
    private final PreparedStatement updateAccount;

    Rollups(Connection conn) throws SQLException {
        upsertHour = conn.prepareStatement("""
                INSERT INTO rollup_account_hour(account_id, hour, exchanges, tokens_in, tokens_out)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(account_id, hour) DO UPDATE SET
                    exchanges = exchanges + excluded.exchanges,
                    tokens_in = tokens_in + excluded.tokens_in,
                    tokens_out = tokens_out + excluded.tokens_out
                """);
        updateAccount = conn.prepareStatement("""
                UPDATE accounts SET exchange_count = exchange_count + ?,
                    first_seen = min(coalesce(first_seen, ?), ?),
                    last_seen = max(coalesce(last_seen, ?), ?)
                WHERE id = ?
                """);
    }

    /** Counts one exchange (or, with {@code exchanges} 0, only extra tokens) for an account. */
    void add(long accountId, long ts, int exchanges, int tokensIn, int tokensOut) {
        if (accountId < 0) {
            return;
        }
        long hour = Math.floorDiv(ts, HOUR_MS);
        long[] h = hours.computeIfAbsent((accountId << 22) | (hour & 0x3FFFFF), k -> new long[4]);
        h[0] += exchanges;
        h[1] += Math.max(tokensIn, 0);
        h[2] += Math.max(tokensOut, 0);
        h[3] = hour;
        if (exchanges > 0) {
            long[] a = accounts.get(accountId);
            if (a == null) {
                accounts.put(accountId, new long[] {exchanges, ts, ts});
            } else {
                a[0] += exchanges;
                a[1] = Math.min(a[1], ts);
                a[2] = Math.max(a[2], ts);
            }
        }
    }

    void flush() throws SQLException {
        for (Map.Entry<Long, long[]> e : hours.entrySet()) {
            long[] v = e.getValue();
            upsertHour.setLong(1, e.getKey() >>> 22);
            upsertHour.setLong(2, v[3]);
            upsertHour.setLong(3, v[0]);
            upsertHour.setLong(4, v[1]);
            upsertHour.setLong(5, v[2]);
            upsertHour.addBatch();
        }
        if (!hours.isEmpty()) {
            upsertHour.executeBatch();
        }
        hours.clear();
        for (Map.Entry<Long, long[]> e : accounts.entrySet()) {
            long[] v = e.getValue();
            updateAccount.setLong(1, v[0]);
            updateAccount.setLong(2, v[1]);
            updateAccount.setLong(3, v[1]);
            updateAccount.setLong(4, v[2]);
            updateAccount.setLong(5, v[2]);
            updateAccount.setLong(6, e.getKey());
            updateAccount.addBatch();
        }
        if (!accounts.isEmpty()) {
            updateAccount.executeBatch();
        }
        accounts.clear();
    }

    @Override
    public void close() throws SQLException {
        upsertHour.close();
        updateAccount.close();
    }
}
