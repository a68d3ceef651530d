package dev.retort.store.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.store.Analyst;
import dev.retort.store.CaseFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The {@code sources} rows: provenance of every imported file and how far its import got. */
final class SourceLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection conn;
    private final CaseFile caseFile;

    SourceLedger(Connection conn, CaseFile caseFile) {
        this.conn = conn;
        this.caseFile = caseFile;
    }

    /**
     * Finds the file among the sources by its quick key and size, or registers it. A new source is committed with
     * its first chunk of rows, not on its own: a crash before that leaves neither, and the next import registers
     * the file again, while a commit here cost every file of a many-file import another three fsyncs on the
     * writer's path. A complete source with the same quick key counts as this file only when the full SHA-256
     * (computed on demand by {@code fullSha}) matches too.
     */
    SourceStart begin(SourceDescriptor d, java.util.function.Supplier<String> fullSha) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT id, status, committed_line, sha256 FROM sources WHERE quick_key = ? AND size_bytes = ?
                ORDER BY id
                """)) {
            ps.setString(1, d.quickKey());
            ps.setLong(2, d.sizeBytes());
            SourceStart resumable = null;
            java.util.List<String[]> complete = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("complete".equals(rs.getString(2))) {
                        complete.add(new String[] {rs.getString(1), rs.getString(4)});
                    } else if (resumable == null) {
                        resumable = new SourceStart(rs.getLong(1), SourceStart.State.RESUME, rs.getLong(3));
                    }
                }
            }
            if (!complete.isEmpty()) {
                String sha = fullSha.get();
                for (String[] c : complete) {
                    if (c[1].equals(sha)) {
                        return new SourceStart(Long.parseLong(c[0]), SourceStart.State.ALREADY_IMPORTED, 0);
                    }
                }
            }
            if (resumable != null) {
                try (PreparedStatement up = conn.prepareStatement("""
                        UPDATE sources SET status = 'importing', path = ?, file_name = ? WHERE id = ?
                        """)) {
                    up.setString(1, d.path());
                    up.setString(2, d.fileName());
                    up.setLong(3, resumable.sourceId());
                    up.executeUpdate();
                }
                conn.commit();
                return resumable;
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO sources(path, file_name, sha256, quick_key, size_bytes, format, imported_at,
                                    imported_by, params_json, status)
                VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, 'importing')
                """, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.path());
            ps.setString(2, d.fileName());
            ps.setString(3, d.quickKey());
            ps.setLong(4, d.sizeBytes());
            ps.setString(5, d.format());
            ps.setString(6, caseFile.clock().instant().toString());
            ps.setString(7, Analyst.current());
            ps.setString(8, d.paramsJson() == null ? "{}" : d.paramsJson());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new SourceStart(keys.getLong(1), SourceStart.State.NEW, 0);
            }
        }
    }

    /** imported, merged, duplicate, quarantined so far. */
    static long[] counts(Connection conn, long sourceId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT rows_imported, rows_merged, rows_duplicate, rows_quarantined FROM sources WHERE id = ?
                """)) {
            ps.setLong(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        }
    }

    /**
     * Records a source's progress in the transaction about to commit: its counts, the last line whose records are
     * all in ({@code committedLine}, where a resumed import starts again), lines read and status.
     */
    static void saveProgress(Connection conn, long sourceId, long[] counts, long committedLine, long linesRead,
                             String status, String now) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                UPDATE sources SET rows_imported = ?, rows_merged = ?, rows_duplicate = ?, rows_quarantined = ?,
                    committed_line = ?, lines_read = ?, status = ?,
                    finished_at = CASE WHEN ? = 'importing' THEN NULL ELSE ? END
                WHERE id = ?
                """)) {
            for (int i = 0; i < 4; i++) {
                ps.setLong(i + 1, counts[i]);
            }
            ps.setLong(5, committedLine);
            ps.setLong(6, linesRead);
            ps.setString(7, status);
            ps.setString(8, status);
            ps.setString(9, now);
            ps.setLong(10, sourceId);
            ps.executeUpdate();
        }
    }

    static void setSha256(Connection conn, long sourceId, String sha256) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE sources SET sha256 = ? WHERE id = ?")) {
            ps.setString(1, sha256);
            ps.setLong(2, sourceId);
            ps.executeUpdate();
        }
    }

    static String auditDetail(SourceDescriptor d, SourceCounts c, String sha256) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source_id", c.sourceId());
        n.put("file", d.fileName());
        n.put("sha256", sha256);
        n.put("size_bytes", d.sizeBytes());
        n.put("format", d.format());
        n.put("imported", c.imported());
        n.put("merged", c.merged());
        n.put("duplicate", c.duplicate());
        n.put("quarantined", c.quarantined());
        n.put("lines", c.linesRead());
        n.put("status", c.status());
        try {
            n.set("params", JSON.readTree(d.paramsJson() == null ? "{}" : d.paramsJson()));
        } catch (java.io.IOException e) {
            n.put("params", d.paramsJson());
        }
        return n.toString();
    }
}
