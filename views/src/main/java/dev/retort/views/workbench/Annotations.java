package dev.retort.views.workbench;

import dev.retort.store.workbench.Note;
import dev.retort.store.workbench.Tag;
import dev.retort.store.workbench.Target;
import dev.retort.store.workbench.TargetKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags and notes of a set of targets, read on a reader connection (the store's {@code Tags}/{@code Notes} classes
 * work on the case's writer, which background reads must not hold). Targets are queried in chunks.
 */
record Annotations(List<AnnotationsViewModel.TagCount> tags, List<Note> notes) {

    private static final int CHUNK = 500;

    static Annotations load(Connection conn, List<Target> targets) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int from = 0; from < targets.size(); from += CHUNK) {
            List<Target> chunk = targets.subList(from, Math.min(targets.size(), from + CHUNK));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            String tagSql = "SELECT id, target_kind, target, tag, created_at, created_by FROM tags"
                    + " WHERE target_kind = ? AND target IN (" + in + ")";
            try (PreparedStatement ps = conn.prepareStatement(tagSql)) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tags.add(new Tag(rs.getLong(1), target(rs), rs.getString(4), Instant.parse(rs.getString(5)),
                                rs.getString(6)));
                    }
                }
            }
            String noteSql = "SELECT id, target_kind, target, body, created_at, created_by, updated_at FROM notes"
                    + " WHERE target_kind = ? AND target IN (" + in + ") ORDER BY id";
            try (PreparedStatement ps = conn.prepareStatement(noteSql)) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String updated = rs.getString(7);
                        notes.add(new Note(rs.getLong(1), target(rs), rs.getString(4), Instant.parse(rs.getString(5)),
                                rs.getString(6), updated == null ? null : Instant.parse(updated)));
                    }
                }
            }
        }
        return new Annotations(AnnotationsViewModel.count(tags, targets.size()), notes);
    }

    /** Binds the chunk's kind (all targets of one list share a kind in practice; mixed lists use the first's). */
    private static void bind(PreparedStatement ps, List<Target> chunk) throws SQLException {
        ps.setString(1, chunk.get(0).kind().key());
        for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 2, chunk.get(i).key());
        }
    }

    private static Target target(ResultSet rs) throws SQLException {
        return new Target(TargetKind.fromKey(rs.getString(2)), rs.getString(3));
    }
}
