package dev.retort.views.network;

import dev.retort.analysis.AnalysisResults;
import dev.retort.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The latest analysis run of a case, read once and shared by the network and the timeline (reading a 25,000-account
 * run takes seconds). Keyed by the case's path and the run id, so a new analysis is read again.
 */
public final class AnalysisCache {
    private static Path cachedPath;
    private static long cachedRun = -1;
    private static AnalysisResults cached;

    private AnalysisCache() {
    }

    /** The latest complete run, or empty; call from a background thread with a reader of the case at {@code path}. */
    public static synchronized Optional<AnalysisResults> latest(Path path, Connection reader) {
        long run = latestRunId(reader);
        if (run < 0) {
            return Optional.empty();
        }
        if (!path.equals(cachedPath) || run != cachedRun) {
            cached = AnalysisResults.latest(reader).orElse(null);
            cachedPath = path;
            cachedRun = cached == null ? -1 : cached.run().id();
        }
        return Optional.ofNullable(cached);
    }

    private static long latestRunId(Connection reader) {
        String sql = "SELECT coalesce(max(id), -1) FROM analysis_runs WHERE status = 'complete'";
        try (PreparedStatement ps = reader.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new StoreException("cannot read the analysis runs: " + e.getMessage(), e);
        }
    }
}
