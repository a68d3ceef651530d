package dev.retort.dossier.assemble;

import dev.retort.dossier.DossierException;
import dev.retort.dossier.model.Timeline;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exchanges per hour or day for each campaign and for everyone else, from the hourly rollup (or from the exchanges
 * themselves when the rollup is empty). Spans over ten days are shown per day.
 */
final class TimelineQuery {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final String ROLLUP_ALL = """
            SELECT hour, SUM(exchanges) FROM rollup_account_hour GROUP BY hour ORDER BY hour
            """;
    private static final String ROLLUP_SOME = """
            SELECT hour, SUM(exchanges) FROM rollup_account_hour
            WHERE account_id IN (SELECT value FROM json_each(?)) GROUP BY hour ORDER BY hour
            """;
    private static final String RAW_ALL = """
            SELECT ts / 3600000 AS hour, COUNT(*) FROM exchanges GROUP BY hour ORDER BY hour
            """;
    private static final String RAW_SOME = """
            SELECT ts / 3600000 AS hour, COUNT(*) FROM exchanges
            WHERE account_id IN (SELECT value FROM json_each(?)) GROUP BY hour ORDER BY hour
            """;

    private TimelineQuery() {}

    /** {@code campaigns} maps campaign id to its members' account row ids, in display order. */
    static Timeline build(Connection conn, Map<String, Collection<Long>> campaigns) {
        boolean rollup = hasRollup(conn);
        TreeMap<Long, Long> all = hours(conn, rollup ? ROLLUP_ALL : RAW_ALL, null);
        if (all.isEmpty()) {
            return new Timeline("hour", HOUR, List.of());
        }
        long span = (all.lastKey() - all.firstKey()) * HOUR;
        long bucket = span > 10 * DAY ? DAY : HOUR;
        TreeMap<Long, Long> rest = new TreeMap<>(all);
        List<Timeline.Series> series = new ArrayList<>();
        for (Map.Entry<String, Collection<Long>> c : campaigns.entrySet()) {
            TreeMap<Long, Long> hours = hours(conn, rollup ? ROLLUP_SOME : RAW_SOME, c.getValue());
            hours.forEach((h, n) -> rest.merge(h, -n, Long::sum));
            series.add(new Timeline.Series("Campaign " + c.getKey(), c.getKey(), points(hours, bucket)));
        }
        series.add(new Timeline.Series(campaigns.isEmpty() ? "All accounts" : "All other accounts", null,
                points(rest, bucket)));
        return new Timeline(bucket == DAY ? "day" : "hour", bucket, series);
    }

    private static List<long[]> points(TreeMap<Long, Long> hours, long bucket) {
        TreeMap<Long, Long> b = new TreeMap<>();
        hours.forEach((h, n) -> b.merge(h * HOUR / bucket * bucket, n, Long::sum));
        List<long[]> out = new ArrayList<>(b.size());
        b.forEach((t, n) -> out.add(new long[] {t, n}));
        return out;
    }

    private static boolean hasRollup(Connection conn) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM rollup_account_hour LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new DossierException("cannot read the hourly rollup", e);
        }
    }

    private static TreeMap<Long, Long> hours(Connection conn, String sql, Collection<Long> accountRowIds) {
        TreeMap<Long, Long> out = new TreeMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (accountRowIds != null) {
                ps.setString(1, AccountQueries.jsonArray(accountRowIds));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new DossierException("cannot read the timeline", e);
        }
        return out;
    }
}
