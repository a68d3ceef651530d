package dev.retort.store.ingest;

import dev.retort.store.CaseFile;
import dev.retort.store.StoreException;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Brings the full-text index up to date with {@code exchange_texts}, in committed chunks, after the case is
 * already usable. Safe to stop at any point (cancel or kill): {@code fts_state.indexed_upto} moves with each chunk.
 */
public final class FtsIndexer {
    private static final int CHUNK = 50_000;

    private FtsIndexer() {}

    /** Indexes every text not yet searchable; returns how many texts it indexed. */
    public static long catchUp(CaseFile caseFile, Progress progress) {
        Connection conn = caseFile.connection();
        try {
            boolean autoCommit = conn.getAutoCommit();
            conn.setAutoCommit(false);
            try {
                long upto = Scalar.of(conn, "SELECT indexed_upto FROM fts_state WHERE id = 1");
                long last = Scalar.of(conn, "SELECT coalesce(max(exchange_id), 0) FROM exchange_texts");
                long total = Scalar.of(conn, "SELECT count(*) FROM exchange_texts WHERE exchange_id > " + upto);
                long done = 0;
                while (upto < last) {
                    if (progress.isCancelled()) {
                        throw new CancelledException("full-text indexing");
                    }
                    long chunkEnd = chunkEnd(conn, upto);
                    try (PreparedStatement ins = conn.prepareStatement("""
                            INSERT INTO exchange_fts(rowid, prompt, response)
                            SELECT exchange_id, prompt, response FROM exchange_texts
                            WHERE exchange_id > ? AND exchange_id <= ? ORDER BY exchange_id
                            """);
                         PreparedStatement mark = conn.prepareStatement("""
                                 UPDATE fts_state SET indexed_upto = ? WHERE id = 1
                                 """)) {
                        ins.setLong(1, upto);
                        ins.setLong(2, chunkEnd);
                        done += ins.executeUpdate();
                        mark.setLong(1, chunkEnd);
                        mark.executeUpdate();
                    }
                    conn.commit();
                    upto = chunkEnd;
                    progress.update(done, total, "indexing text for search");
                }
                return done;
            } finally {
                conn.rollback();
                conn.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot build the full-text index of " + caseFile.path(), e);
        }
    }

    /** True when every stored text is searchable. */
    public static boolean isComplete(Connection conn) {
        try {
            return Scalar.of(conn, "SELECT indexed_upto FROM fts_state WHERE id = 1")
                    >= Scalar.of(conn, "SELECT coalesce(max(exchange_id), 0) FROM exchange_texts");
        } catch (SQLException e) {
            throw new StoreException("cannot read the full-text index state", e);
        }
    }

    private static long chunkEnd(Connection conn, long after) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT max(exchange_id) FROM (SELECT exchange_id FROM exchange_texts WHERE exchange_id > ?
                                              ORDER BY exchange_id LIMIT ?)
                """)) {
            ps.setLong(1, after);
            ps.setInt(2, CHUNK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : after;
            }
        }
    }
}
