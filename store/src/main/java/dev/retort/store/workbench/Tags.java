package dev.retort.store.workbench;

import dev.retort.store.Analyst;
import dev.retort.store.CaseFile;
import dev.retort.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tags on accounts, campaigns, exchanges and the case. A tag is unique per target; adding it twice is a no-op. */
public final class Tags {
    private final CaseFile caseFile;

    public Tags(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Tags the target; returns false when it already carried that tag. */
    public boolean add(Target target, String tag) {
        String clean = tag == null ? "" : tag.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a tag cannot be empty");
        }
        String sql = """
                INSERT OR IGNORE INTO tags(target_kind, target, tag, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = caseFile.connection().prepareStatement(sql)) {
            ps.setString(1, target.kind().key());
            ps.setString(2, target.key());
            ps.setString(3, clean);
            ps.setString(4, caseFile.clock().instant().toString());
            ps.setString(5, Analyst.current());
            boolean added = ps.executeUpdate() == 1;
            if (added) {
                caseFile.audit().record("tag.add", target.kind().key() + ":" + target.key(), null);
            }
            return added;
        } catch (SQLException e) {
            throw new StoreException("cannot tag " + target.kind().key() + " " + target.key(), e);
        }
    }

    public boolean remove(Target target, String tag) {
        String sql = "DELETE FROM tags WHERE target_kind = ? AND target = ? AND tag = ?";
        try (PreparedStatement ps = caseFile.connection().prepareStatement(sql)) {
            ps.setString(1, target.kind().key());
            ps.setString(2, target.key());
            ps.setString(3, tag);
            boolean removed = ps.executeUpdate() == 1;
            if (removed) {
                caseFile.audit().record("tag.remove", target.kind().key() + ":" + target.key(), null);
            }
            return removed;
        } catch (SQLException e) {
            throw new StoreException("cannot untag " + target.kind().key() + " " + target.key(), e);
        }
    }

    /** The tags on one target, alphabetically. */
    public List<Tag> on(Target target) {
        return query("""
                SELECT id, target_kind, target, tag, created_at, created_by FROM tags
                WHERE target_kind = ? AND target = ? ORDER BY tag
                """, target.kind().key(), target.key());
    }

    /** Every tag of one kind of target (e.g. all account tags), for exports and filters. */
    public List<Tag> all(TargetKind kind) {
        return query("""
                SELECT id, target_kind, target, tag, created_at, created_by FROM tags
                WHERE target_kind = ? ORDER BY target, tag
                """, kind.key());
    }

    /** The distinct tag names in use, alphabetically. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = caseFile.connection().prepareStatement("SELECT DISTINCT tag FROM tags ORDER BY tag");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list tag names", e);
        }
        return out;
    }

    private List<Tag> query(String sql, String... params) {
        List<Tag> out = new ArrayList<>();
        try (PreparedStatement ps = caseFile.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Tag(rs.getLong(1), new Target(TargetKind.fromKey(rs.getString(2)), rs.getString(3)),
                            rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tags", e);
        }
        return out;
    }
}
