package dev.retort.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only record of analyst actions in a case. */
public final class AuditLog {
    private final Connection conn;
    private final Clock clock;

    AuditLog(Connection conn, Clock clock) {
        this.conn = conn;
        this.clock = clock;
    }

    public void record(String action, String target, String detailJson) {
        record(Analyst.current(), action, target, detailJson);
    }

    public void record(String actor, String action, String target, String detailJson) {
        String sql = """
                INSERT INTO audit_log(at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, clock.instant().toString());
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, target);
            ps.setString(5, detailJson);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot write audit log entry " + action, e);
        }
    }

    /** The most recent entries first. */
    public List<AuditEntry> recent(int limit) {
        String sql = """
                SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?
                """;
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read audit log", e);
        }
        return out;
    }
}
