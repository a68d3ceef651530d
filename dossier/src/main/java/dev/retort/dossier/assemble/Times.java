package dev.retort.dossier.assemble;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Epoch milliseconds to ISO-8601 UTC strings, keeping SQL NULL as null. */
final class Times {
    private Times() {}

    static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    static String isoMillis(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v).toString();
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
