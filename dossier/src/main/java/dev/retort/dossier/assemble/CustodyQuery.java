package dev.retort.dossier.assemble;

import dev.retort.dossier.DossierException;
import dev.retort.dossier.model.Custody;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Every source file imported into the case, for the chain-of-custody appendix. */
final class CustodyQuery {
    private CustodyQuery() {}

    static List<Custody.SourceFile> sources(Connection conn) {
        String sql = """
                SELECT id, file_name, path, sha256, size_bytes, format, imported_at, imported_by,
                       rows_imported, rows_quarantined
                FROM sources ORDER BY id
                """;
        List<Custody.SourceFile> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Custody.SourceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                        rs.getLong(10)));
            }
        } catch (SQLException e) {
            throw new DossierException("cannot read the imported sources", e);
        }
        return out;
    }

    static long count(Connection conn, String table) {
        String sql = switch (table) {
            case "accounts" -> "SELECT COUNT(*) FROM accounts";
            case "exchanges" -> "SELECT COUNT(*) FROM exchanges";
            default -> throw new IllegalArgumentException(table);
        };
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new DossierException("cannot count " + table, e);
        }
    }

    /** [min ts, max ts] of all exchanges, or null when there are none. */
    static long[] dataSpan(Connection conn) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT MIN(ts), MAX(ts) FROM exchanges");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long min = rs.getLong(1);
                if (!rs.wasNull()) {
                    return new long[] {min, rs.getLong(2)};
                }
            }
            return null;
        } catch (SQLException e) {
            throw new DossierException("cannot read the data span", e);
        }
    }
}
