package dev.retort.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The accounts table mirrored in memory (account name to id). Accounts first met in a log get a row naming that
 * line; an account export fills in or updates the descriptive fields of the same row.
 */
final class AccountDirectory implements AutoCloseable {
    private final Connection conn;
    private final Map<String, Long> ids = new HashMap<>();
    private final PreparedStatement insertSeen;
    private long nextId;
    private int pending;

    AccountDirectory(Connection conn) throws SQLException {
        this.conn = conn;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id, account FROM accounts")) {
            long max = 0;
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
                max = Math.max(max, rs.getLong(1));
            }
            nextId = max + 1;
        }
        insertSeen = conn.prepareStatement("""
                INSERT INTO accounts(id, account, source_id, source_line) VALUES (?, ?, ?, ?)
                """);
    }

    /** The id of the account seen in a log, adding it when new; -1 for null. */
    long idOf(String account, long sourceId, long line) throws SQLException {
        if (account == null) {
            return -1;
        }
        Long id = ids.get(account);
        if (id != null) {
            return id;
        }
        long fresh = nextId++;
        ids.put(account, fresh);
        insertSeen.setLong(1, fresh);
        insertSeen.setString(2, account);
        insertSeen.setLong(3, sourceId);
        insertSeen.setLong(4, line);
        insertSeen.addBatch();
        pending++;
        return fresh;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insertSeen.executeBatch();
            pending = 0;
        }
    }

    enum Outcome { INSERTED, UPDATED, UNCHANGED }

    /** Writes one account-export row: new accounts are inserted, known ones get the export's non-null fields. */
    Outcome upsert(AccountRow row, long sourceId) throws SQLException {
        flush();
        Long id = ids.get(row.account());
        Long created = row.createdAtMillis() >= 0 ? row.createdAtMillis() : null;
        Integer verified = row.verified() == null ? null : (row.verified() ? 1 : 0);
        if (id == null) {
            long fresh = nextId++;
            ids.put(row.account(), fresh);
            try (PreparedStatement ps = conn.prepareStatement("""
                    INSERT INTO accounts(id, account, created_at, email, payment_fingerprint, country, org_id,
                                         verified, source_id, source_line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                ps.setLong(1, fresh);
                ps.setString(2, row.account());
                setLong(ps, 3, created);
                ps.setString(4, row.email());
                ps.setString(5, row.paymentFingerprint());
                ps.setString(6, row.country());
                ps.setString(7, row.orgId());
                setLong(ps, 8, verified == null ? null : verified.longValue());
                ps.setLong(9, sourceId);
                ps.setLong(10, row.line());
                ps.executeUpdate();
            }
            return Outcome.INSERTED;
        }
        try (PreparedStatement sel = conn.prepareStatement("""
                SELECT created_at, email, payment_fingerprint, country, org_id, verified FROM accounts WHERE id = ?
                """)) {
            sel.setLong(1, id);
            try (ResultSet rs = sel.executeQuery()) {
                rs.next();
                Long oldCreated = rs.getObject(1) == null ? null : rs.getLong(1);
                Integer oldVerified = rs.getObject(6) == null ? null : rs.getInt(6);
                boolean same = (created == null || created.equals(oldCreated))
                        && (row.email() == null || row.email().equals(rs.getString(2)))
                        && (row.paymentFingerprint() == null || row.paymentFingerprint().equals(rs.getString(3)))
                        && (row.country() == null || row.country().equals(rs.getString(4)))
                        && (row.orgId() == null || row.orgId().equals(rs.getString(5)))
                        && (verified == null || Objects.equals(verified, oldVerified));
                if (same) {
                    return Outcome.UNCHANGED;
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                UPDATE accounts SET created_at = coalesce(?, created_at), email = coalesce(?, email),
                    payment_fingerprint = coalesce(?, payment_fingerprint), country = coalesce(?, country),
                    org_id = coalesce(?, org_id), verified = coalesce(?, verified),
                    source_id = ?, source_line = ?
                WHERE id = ?
                """)) {
            setLong(ps, 1, created);
            ps.setString(2, row.email());
            ps.setString(3, row.paymentFingerprint());
            ps.setString(4, row.country());
            ps.setString(5, row.orgId());
            setLong(ps, 6, verified == null ? null : verified.longValue());
            ps.setLong(7, sourceId);
            ps.setLong(8, row.line());
            ps.setLong(9, id);
            ps.executeUpdate();
        }
        return Outcome.UPDATED;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    @Override
    public void close() throws SQLException {
        insertSeen.close();
    }
}
