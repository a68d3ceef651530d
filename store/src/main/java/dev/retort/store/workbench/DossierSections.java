package dev.retort.store.workbench;

import dev.retort.store.Analyst;
import dev.retort.store.CaseFile;
import dev.retort.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The case's dossier: an ordered list of sections, kept in the case file so it survives restarts. Positions are kept
 * dense (0..n-1); every change is one transaction and one audit entry.
 */
public final class DossierSections {
    private final CaseFile caseFile;

    public DossierSections(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The sections in dossier order. */
    public List<DossierSection> list() {
        String sql = """
                SELECT id, position, kind, title, target_kind, target, params_json, added_at, added_by
                FROM dossier_sections ORDER BY position, id
                """;
        List<DossierSection> out = new ArrayList<>();
        try (PreparedStatement ps = conn().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String targetKind = rs.getString(5);
                Target target = targetKind == null ? null
                        : new Target(TargetKind.fromKey(targetKind), rs.getString(6));
                out.add(new DossierSection(rs.getLong(1), rs.getInt(2), SectionKind.fromKey(rs.getString(3)),
                        rs.getString(4), target, rs.getString(7), Instant.parse(rs.getString(8)),
                        rs.getString(9)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the dossier sections", e);
        }
        return out;
    }

    public boolean isEmpty() {
        try (Statement st = conn().createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dossier_sections")) {
            return rs.next() && rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count the dossier sections", e);
        }
    }

    /** Appends a section at the end of the dossier ("Add to dossier"). {@code title} null means the kind's title. */
    public DossierSection add(SectionKind kind, String title, Target target, String paramsJson) {
        String sql = """
                INSERT INTO dossier_sections(position, kind, title, target_kind, target, params_json, added_at, added_by)
                VALUES ((SELECT COALESCE(MAX(position) + 1, 0) FROM dossier_sections), ?, ?, ?, ?, ?, ?, ?)
                """;
        String effectiveTitle = title != null && !title.isBlank() ? title : kind.defaultTitle();
        long id;
        try (PreparedStatement ps = conn().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.key());
            ps.setString(2, effectiveTitle);
            ps.setString(3, target == null ? null : target.kind().key());
            ps.setString(4, target == null ? null : target.key());
            ps.setString(5, paramsJson == null ? "{}" : paramsJson);
            ps.setString(6, caseFile.clock().instant().toString());
            ps.setString(7, Analyst.current());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot add a " + kind.key() + " section to the dossier", e);
        }
        caseFile.audit().record("dossier.add", kind.key() + (target == null ? "" : ":" + target.key()), null);
        return list().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    public DossierSection add(SectionKind kind, Target target) {
        return add(kind, null, target, null);
    }

    /** Removes a section and closes the gap in the order. Unknown ids are ignored. */
    public void remove(long sectionId) {
        List<Long> order = new ArrayList<>(ids());
        if (!order.remove(sectionId)) {
            return;
        }
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dossier_sections WHERE id = ?")) {
                ps.setLong(1, sectionId);
                ps.executeUpdate();
            }
            writePositions(c, order);
        });
        caseFile.audit().record("dossier.remove", Long.toString(sectionId), null);
    }

    /** Moves a section to {@code newPosition} (clamped to the list), shifting the others. */
    public void move(long sectionId, int newPosition) {
        List<Long> order = new ArrayList<>(ids());
        if (!order.remove(sectionId)) {
            throw new StoreException("no dossier section " + sectionId, null);
        }
        int at = Math.max(0, Math.min(newPosition, order.size()));
        order.add(at, sectionId);
        inTransaction(c -> writePositions(c, order));
        caseFile.audit().record("dossier.move", Long.toString(sectionId), "{\"position\":" + at + "}");
    }

    public void rename(long sectionId, String title) {
        try (PreparedStatement ps = conn().prepareStatement("UPDATE dossier_sections SET title = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setLong(2, sectionId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot rename dossier section " + sectionId, e);
        }
    }

    /** Empties the dossier (used before assembling the default one again). */
    public void clear() {
        try (Statement st = conn().createStatement()) {
            st.executeUpdate("DELETE FROM dossier_sections");
        } catch (SQLException e) {
            throw new StoreException("cannot clear the dossier", e);
        }
        caseFile.audit().record("dossier.clear", null, null);
    }

    private List<Long> ids() {
        return list().stream().map(DossierSection::id).toList();
    }

    private static void writePositions(Connection c, List<Long> order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE dossier_sections SET position = ? WHERE id = ?")) {
            for (int i = 0; i < order.size(); i++) {
                ps.setInt(1, i);
                ps.setLong(2, order.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(SqlWork work) {
        Connection c = conn();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot reorder the dossier", e);
        }
    }

    private Connection conn() {
        return caseFile.connection();
    }
}
