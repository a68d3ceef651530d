package dev.retort.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Per-account hourly counts and per-account first/last seen, accumulated in memory between commits and added to
 * the case in the same transaction as the exchanges they count.
 */
final class Rollups implements AutoCloseable {
    private static final long HOUR_MS = 3_600_000L;

    // (account << 22 | hour) -> exchanges, tokens in, tokens out, hour
    private final LongCounters hours = new LongCounters(4, 1 << 14);
    private final LongCounters accounts = new LongCounters(3, 1 << 12); // account -> count, first, last
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
        int h = hours.slot((accountId << 22) | (hour & 0x3FFFFF));
        long[] hv = hours.values();
        hv[h] += exchanges;
        hv[h + 1] += Math.max(tokensIn, 0);
        hv[h + 2] += Math.max(tokensOut, 0);
        hv[h + 3] = hour;
        if (exchanges > 0) {
            int a = accounts.slot(accountId);
            long[] av = accounts.values();
            if (av[a] == 0) {
                av[a + 1] = ts;
                av[a + 2] = ts;
            } else {
                av[a + 1] = Math.min(av[a + 1], ts);
                av[a + 2] = Math.max(av[a + 2], ts);
            }
            av[a] += exchanges;
        }
    }

    void flush() throws SQLException {
        long[] hv = hours.values();
        hours.forEach((key, at) -> {
            upsertHour.setLong(1, key >>> 22);
            upsertHour.setLong(2, hv[at + 3]);
            upsertHour.setLong(3, hv[at]);
            upsertHour.setLong(4, hv[at + 1]);
            upsertHour.setLong(5, hv[at + 2]);
            upsertHour.addBatch();
        });
        if (!hours.isEmpty()) {
            upsertHour.executeBatch();
        }
        hours.clear();
        long[] av = accounts.values();
        accounts.forEach((key, at) -> { // an account gets counters only with its first exchange
            updateAccount.setLong(1, av[at]);
            updateAccount.setLong(2, av[at + 1]);
            updateAccount.setLong(3, av[at + 1]);
            updateAccount.setLong(4, av[at + 2]);
            updateAccount.setLong(5, av[at + 2]);
            updateAccount.setLong(6, key);
            updateAccount.addBatch();
        });
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
