package dev.retort.store.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Switches a case between the shared WAL and an exclusive rollback journal for a bulk load (ADR 0005). In WAL
 * mode every page a load appends is written twice, to the WAL and again at the checkpoint; a rollback journal
 * saves only pages that existed before the transaction, so appended pages are written once, still crash-safe.
 */
final class LoadJournal {
    private LoadJournal() {}

    /**
     * Takes the case for this connection alone with a rollback journal. Returns false, leaving the WAL in place,
     * when another connection has the case open (SQLite cannot leave WAL mode then). Call outside a transaction.
     */
    static boolean takeAlone(Connection conn) {
        try (Statement st = conn.createStatement()) {
            if (!"truncate".equalsIgnoreCase(single(st, "PRAGMA journal_mode = TRUNCATE"))) {
                return false;
            }
            st.execute("PRAGMA locking_mode = EXCLUSIVE"); // no reader can then hold up a commit
            st.execute("PRAGMA synchronous = FULL");       // a power cut must not corrupt a rollback-journal case
            return true;
        } catch (SQLException e) {
            return false; // busy: another connection holds the case
        }
    }

    /** Gives the case back to the shared WAL mode every other Retort connection expects. */
    static void share(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA locking_mode = NORMAL"); // first: WAL entered in exclusive mode would stay exclusive
            single(st, "PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
