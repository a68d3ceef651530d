package dev.retort.store.workbench;

import dev.retort.store.Analyst;
import dev.retort.store.CaseFile;
import dev.retort.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Analysts' notes on accounts, campaigns, exchanges and the case. */
public final class Notes {
    private static final String COLUMNS = "id, target_kind, target, body, created_at, created_by, updated_at";
    private final CaseFile caseFile;

    public Notes(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Note add(Target target, String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a note cannot be empty");
        }
        String sql = """
                INSERT INTO notes(target_kind, target, body, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = caseFile.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Instant now = caseFile.clock().instant();
            String who = Analyst.current();
            ps.setString(1, target.kind().key());
            ps.setString(2, target.key());
            ps.setString(3, body);
            ps.setString(4, now.toString());
            ps.setString(5, who);
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            caseFile.audit().record("note.add", target.kind().key() + ":" + target.key(), null);
            return new Note(id, target, body, now, who, null);
        } catch (SQLException e) {
            throw new StoreException("cannot add a note to " + target.kind().key() + " " + target.key(), e);
        }
    }

    public void update(long noteId, String body) {
        try (PreparedStatement ps = caseFile.connection().prepareStatement(
                "UPDATE notes SET body = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, body);
            ps.setString(2, caseFile.clock().instant().toString());
            ps.setLong(3, noteId);
            ps.executeUpdate();
            caseFile.audit().record("note.update", Long.toString(noteId), null);
        } catch (SQLException e) {
            throw new StoreException("cannot update note " + noteId, e);
        }
    }

    public void delete(long noteId) {
        try (PreparedStatement ps = caseFile.connection().prepareStatement("DELETE FROM notes WHERE id = ?")) {
            ps.setLong(1, noteId);
            ps.executeUpdate();
            caseFile.audit().record("note.delete", Long.toString(noteId), null);
        } catch (SQLException e) {
            throw new StoreException("cannot delete note " + noteId, e);
        }
    }

    /** The notes on one target, oldest first. */
    public List<Note> on(Target target) {
        return query("SELECT " + COLUMNS + " FROM notes WHERE target_kind = ? AND target = ? ORDER BY id",
                target.kind().key(), target.key());
    }

    /** Every note in the case, oldest first. */
    public List<Note> all() {
        return query("SELECT " + COLUMNS + " FROM notes ORDER BY id");
    }

    private List<Note> query(String sql, String... params) {
        List<Note> out = new ArrayList<>();
        try (PreparedStatement ps = caseFile.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String updated = rs.getString(7);
                    out.add(new Note(rs.getLong(1), new Target(TargetKind.fromKey(rs.getString(2)), rs.getString(3)),
                            rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6),
                            updated == null ? null : Instant.parse(updated)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read notes", e);
        }
        return out;
    }
}
