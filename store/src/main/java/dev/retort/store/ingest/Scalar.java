package dev.retort.store.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One-value queries of the import's own tables and pragmas. */
final class Scalar {
    private Scalar() {}

    /** The first column of the first row as a long; 0 for no row or NULL. {@code sql} is never user input. */
    static long of(Connection conn, String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
