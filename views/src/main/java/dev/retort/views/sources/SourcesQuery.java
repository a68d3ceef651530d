package dev.retort.views.sources;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the imported files and the quarantine. Plain JDBC on a reader connection. */
public final class SourcesQuery {

    /** Most quarantined lines shown for one file at a time. */
    public static final int QUARANTINE_PAGE = 1_000;

    private SourcesQuery() {
    }

    public static List<SourceRow> sources(Connection conn) throws SQLException {
        String sql = """
                SELECT id, file_name, path, format, sha256, size_bytes, imported_at, imported_by, rows_imported,
                       rows_merged, rows_duplicate, rows_quarantined, status
                FROM sources ORDER BY id
                """;
        List<SourceRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getString(13)));
            }
        }
        return out;
    }

    /** The quarantined lines of one file, in line order, at most {@link #QUARANTINE_PAGE}. */
    public static List<QuarantineRow> quarantine(Connection conn, long sourceId) throws SQLException {
        String sql = """
                SELECT id, source_id, line, reason, raw FROM quarantine WHERE source_id = ? ORDER BY line LIMIT ?
                """;
        List<QuarantineRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, sourceId);
            ps.setInt(2, QUARANTINE_PAGE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuarantineRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return out;
    }
}
