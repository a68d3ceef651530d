package dev.retort.views.dossier;

import dev.retort.store.AuditEntry;
import dev.retort.store.workbench.DossierSection;
import dev.retort.store.workbench.SectionKind;
import dev.retort.store.workbench.Target;
import dev.retort.store.workbench.TargetKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The dossier's sections and the latest activity-log entries, read on a reader connection. */
record DossierQuery(List<DossierSection> sections, List<AuditEntry> activity) {

    static final int ACTIVITY_LIMIT = 500;

    static DossierQuery load(Connection conn) throws SQLException {
        List<DossierSection> sections = new ArrayList<>();
        String sql = """
                SELECT id, position, kind, title, target_kind, target, params_json, added_at, added_by
                FROM dossier_sections ORDER BY position, id
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String tk = rs.getString(5);
                sections.add(new DossierSection(rs.getLong(1), rs.getInt(2), SectionKind.fromKey(rs.getString(3)),
                        rs.getString(4), tk == null ? null : new Target(TargetKind.fromKey(tk), rs.getString(6)),
                        rs.getString(7), Instant.parse(rs.getString(8)), rs.getString(9)));
            }
        }
        List<AuditEntry> activity = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?
                """)) {
            ps.setInt(1, ACTIVITY_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    activity.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return new DossierQuery(sections, activity);
    }
}
