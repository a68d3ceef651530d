package dev.retort.views.timeline;

import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.CampaignResult;
import dev.retort.store.CaseFile;
import dev.retort.store.StoreException;
import dev.retort.views.network.AnalysisCache;
import dev.retort.views.network.CampaignPalette;
import dev.retort.views.network.CaseAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The timeline's queries, on a read-only connection of its own. Coarse levels come from {@code rollup_account_hour}
 * (summed once into an {@link HourlyCube}), fine levels from {@code exchanges(ts)}. Call from background threads only;
 * the methods are synchronized because they share one connection.
 */
public final class TimelineSource implements AutoCloseable {
    static final String OTHERS = "Not in a campaign";
    /** A drill-down shows this many accounts as their own band; the rest are summed into one. */
    static final int TOP_ACCOUNTS = 10;
    /**
     * Up to this many drilled accounts are read by index seeks per account; more are read by one scan of the
     * window (or of the rollups) filtered in memory (25,000 seeks cost ~0.3 s of CPU for an hour's window).
     */
    static final int SEEK_LIMIT = 500;

    /** {@link #SEEK_LIMIT}, lowered by tests to exercise the scan. */
    int seekLimit = SEEK_LIMIT;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Connection conn;
    private final CaseAccounts accounts;
    private final AnalysisResults results;

    TimelineSource(Connection conn, CaseAccounts accounts, AnalysisResults results) {
        this.conn = conn;
        this.accounts = accounts;
        this.results = results;
    }

    /** Opens a reader on the case and loads its accounts and latest analysis run. */
    public static TimelineSource open(CaseFile caseFile) {
        Connection reader = caseFile.openReader();
        try {
            CaseAccounts accounts = CaseAccounts.load(reader);
            Optional<AnalysisResults> results = AnalysisCache.latest(caseFile.path(), reader);
            return new TimelineSource(reader, accounts, results.orElse(null));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(reader);
            throw new StoreException("cannot read the case for the timeline: " + e.getMessage(), e);
        }
    }

    public CaseAccounts accounts() {
        return accounts;
    }

    /** The campaigns of the latest analysis, highest score first; empty before any analysis. */
    public List<CampaignResult> campaigns() {
        return results == null ? List.of() : results.campaigns();
    }

    /** Whole case stacked by campaign, with one band for every account in no campaign. */
    synchronized HourlyCube overview() {
        List<Series> series = new ArrayList<>();
        int[] seriesOf = new int[accounts.maxId() + 1];
        List<CampaignResult> campaigns = campaigns();
        int others = campaigns.size();
        Arrays.fill(seriesOf, others);
        for (int c = 0; c < campaigns.size(); c++) {
            CampaignResult campaign = campaigns.get(c);
            series.add(new Series(campaign.id(), campaign.id() + " (" + campaign.accounts().size() + " accounts)",
                    CampaignPalette.colour(c), campaign.accounts()));
            for (String member : campaign.accounts()) {
                int id = accounts.id(member);
                if (id >= 0) {
                    seriesOf[id] = c;
                }
            }
        }
        series.add(new Series(null, OTHERS, CampaignPalette.NEUTRAL, List.of()));
        return cube(series, seriesOf, null);
    }

    /** The given accounts, the {@link #TOP_ACCOUNTS} busiest as their own band and the rest summed. */
    synchronized HourlyCube drill(Collection<String> names, String restLabel) {
        List<String> known = names.stream().filter(n -> accounts.id(n) >= 0)
                .sorted(Comparator.comparingLong(accounts::exchanges).reversed().thenComparing(n -> n)).toList();
        int[] seriesOf = new int[accounts.maxId() + 1];
        Arrays.fill(seriesOf, -1);
        List<Series> series = new ArrayList<>();
        int top = Math.min(TOP_ACCOUNTS, known.size());
        for (int i = 0; i < top; i++) {
            series.add(new Series(known.get(i), known.get(i), CampaignPalette.colour(i), List.of(known.get(i))));
            seriesOf[accounts.id(known.get(i))] = i;
        }
        if (known.size() > top) {
            List<String> rest = known.subList(top, known.size());
            series.add(new Series(null, restLabel + " (" + rest.size() + " more accounts)", CampaignPalette.NEUTRAL,
                    rest));
            for (String n : rest) {
                seriesOf[accounts.id(n)] = top;
            }
        }
        return cube(series, seriesOf, known.stream().map(accounts::id).toList());
    }

    /**
     * A campaign's members stacked by account, built from the overview: the busiest accounts' hours are read by
     * primary-key seeks, and "the rest" is the campaign's band minus theirs, so a 25,000-member campaign does not
     * read its 16M rollup rows again.
     */
    synchronized HourlyCube drillCampaign(HourlyCube overview, int band, Collection<String> names, String restLabel) {
        List<String> known = names.stream().filter(n -> accounts.id(n) >= 0)
                .sorted(Comparator.comparingLong(accounts::exchanges).reversed().thenComparing(n -> n)).toList();
        int top = Math.min(TOP_ACCOUNTS, known.size());
        if (known.size() <= top || overview.isEmpty()) {
            return drill(names, restLabel);
        }
        HourlyCube busiest = drill(known.subList(0, top), restLabel);
        List<Series> series = new ArrayList<>(busiest.series());
        List<String> rest = known.subList(top, known.size());
        series.add(new Series(null, restLabel + " (" + rest.size() + " more accounts)", CampaignPalette.NEUTRAL, rest));
        int hours = overview.hours();
        long[][] counts = new long[top + 1][hours];
        long[] remaining = Arrays.copyOf(overview.row(band), hours);
        long shift = busiest.isEmpty() ? 0 : (busiest.startMs() - overview.startMs()) / HourlyCube.HOUR_MS;
        for (int s = 0; s < top && !busiest.isEmpty(); s++) {
            long[] row = busiest.row(s);
            for (int h = 0; h < row.length; h++) {
                int at = (int) (h + shift);
                if (at >= 0 && at < hours) {
                    counts[s][at] = row[h];
                    remaining[at] -= row[h];
                }
            }
        }
        counts[top] = remaining;
        int[] seriesOf = new int[accounts.maxId() + 1];
        Arrays.fill(seriesOf, -1);
        for (int i = 0; i < known.size(); i++) {
            seriesOf[accounts.id(known.get(i))] = Math.min(i, top);
        }
        return new HourlyCube(series, overview.startMs() / HourlyCube.HOUR_MS, counts, seriesOf,
                known.stream().map(accounts::id).toList());
    }

    private HourlyCube cube(List<Series> series, int[] seriesOf, List<Integer> only) {
        // Many accounts: one sequential pass filtered by seriesOf beats thousands of primary-key seeks.
        String sql = only == null || only.size() > seekLimit
                ? "SELECT account_id, hour, exchanges FROM rollup_account_hour"
                : """
                  SELECT account_id, hour, exchanges FROM rollup_account_hour
                  WHERE account_id IN (SELECT value FROM json_each(?))
                  """;
        long[] extent = hourExtent();
        long firstHour = extent[0];
        int hours = (int) Math.max(0, extent[1] - extent[0] + 1);
        long[][] counts = new long[series.size()][hours];
        long seen = 0;
        // One pass, summed straight into the cube: at 25,000 accounts over 45 days this is ~17M rows.
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (only != null && only.size() <= seekLimit) {
                ps.setString(1, jsonArray(only));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int account = rs.getInt(1);
                    int s = account >= 0 && account < seriesOf.length ? seriesOf[account] : -1;
                    long h = rs.getLong(2) - firstHour;
                    if (s >= 0 && h >= 0 && h < hours) {
                        counts[s][(int) h] += rs.getLong(3);
                        seen++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the hourly rollups: " + e.getMessage(), e);
        }
        return seen == 0 ? new HourlyCube(series, 0, new long[series.size()][0], seriesOf, only)
                : new HourlyCube(series, firstHour, counts, seriesOf, only);
    }

    /** The first and last hour with exchanges, from the accounts' first and last seen times. */
    private long[] hourExtent() {
        String sql = "SELECT min(first_seen), max(last_seen) FROM accounts WHERE exchange_count > 0";
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                return new long[] {Math.floorDiv(rs.getLong(1), HourlyCube.HOUR_MS),
                    Math.floorDiv(rs.getLong(2), HourlyCube.HOUR_MS)};
            }
            return new long[] {0, -1};
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's time span: " + e.getMessage(), e);
        }
    }

    /** The slice of {@code [from, to)} at the resolution {@link Resolution} picks for it. */
    TimelineSlice slice(HourlyCube cube, long from, long to) {
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long bucket = Resolution.bucketFor(from, to, cube.estimateRows(from, to));
        long start = Math.floorDiv(from, bucket) * bucket;
        int buckets = (int) Math.max(1, (to - start + bucket - 1) / bucket);
        boolean fine = Resolution.isFine(bucket);
        long[][] counts = fine ? countExchanges(cube, start, bucket, buckets) : cube.sum(start, bucket, buckets);
        return new TimelineSlice(start, bucket, cube.series(), counts, fine, (System.nanoTime() - t0) / 1e6,
                (CPU.getCurrentThreadCpuTime() - cpu0) / 1e6);
    }

    /** Counts the exchanges of {@code [startMs, startMs + bucketMs * buckets)} row by row from {@code exchanges}. */
    synchronized long[][] countExchanges(HourlyCube cube, long startMs, long bucketMs, int buckets) {
        List<Integer> onlyAccounts = cube.onlyAccounts();
        long[][] out = new long[cube.series().size()][buckets];
        int[] seriesOf = cube.seriesOfAccount();
        long endMs = startMs + bucketMs * buckets;
        boolean seek = onlyAccounts != null && onlyAccounts.size() <= seekLimit;
        String sql = !seek
                ? "SELECT account_id, ts FROM exchanges WHERE ts >= ? AND ts < ?"
                : """
                  SELECT account_id, ts FROM exchanges
                  WHERE account_id IN (SELECT value FROM json_each(?)) AND ts >= ? AND ts < ?
                  """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int p = 1;
            if (seek) {
                ps.setString(p++, jsonArray(onlyAccounts));
            }
            ps.setLong(p++, startMs);
            ps.setLong(p, endMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int account = rs.getInt(1);
                    int s = rs.wasNull() || account >= seriesOf.length ? -1 : seriesOf[account];
                    if (s >= 0) {
                        out[s][(int) ((rs.getLong(2) - startMs) / bucketMs)]++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count exchanges over time: " + e.getMessage(), e);
        }
        return out;
    }

    /** Up to {@code limit} exchanges of {@code [from, to)}, oldest first, of the given accounts (null: any). */
    synchronized List<ExchangeRow> exchanges(long from, long to, Collection<String> only, int limit) {
        String filter = only == null ? "" : "AND e.account_id IN (SELECT value FROM json_each(?))";
        String sql = """
                SELECT e.id, e.ts, a.account, m.name, e.tokens_in, e.tokens_out, e.status, s.file_name, e.source_line
                FROM exchanges e
                LEFT JOIN accounts a ON a.id = e.account_id
                LEFT JOIN models m ON m.id = e.model_id
                LEFT JOIN sources s ON s.id = e.source_id
                WHERE e.ts >= ? AND e.ts < ? %s
                ORDER BY e.ts, e.id LIMIT ?
                """.formatted(filter);
        List<ExchangeRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            int p = 3;
            if (only != null) {
                ps.setString(p++, jsonArray(only.stream().map(accounts::id).filter(id -> id >= 0).toList()));
            }
            ps.setInt(p, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ExchangeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                            rs.getString(8), rs.getLong(9)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the exchanges of the bucket: " + e.getMessage(), e);
        }
        return out;
    }

    /** Campaign windows from the analysis and each model's first appearance in the case. */
    synchronized List<Marker> markers() {
        List<Marker> out = new ArrayList<>();
        List<CampaignResult> campaigns = campaigns();
        for (int c = 0; c < campaigns.size(); c++) {
            CampaignResult campaign = campaigns.get(c);
            if (campaign.windowStart() != null && campaign.windowEnd() != null) {
                out.add(new Marker(Marker.Kind.CAMPAIGN_WINDOW, campaign.id(), campaign.id(),
                        campaign.windowStart().toEpochMilli(), campaign.windowEnd().toEpochMilli(),
                        CampaignPalette.colour(c)));
            }
        }
        // Per model, walk exchanges(ts) from the start until its first row (SQLite picks the ts index for the
        // ORDER BY ... LIMIT 1): a model that appears early stops at once, one released late stops at its release.
        // 1.1 s instead of 14.7 s for min(ts) GROUP BY over 28.8M exchanges.
        List<String[]> models = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, name FROM models ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                models.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the models: " + e.getMessage(), e);
        }
        String first = """
                SELECT ts FROM exchanges WHERE model_id = ? ORDER BY ts LIMIT 1
                """;
        List<Marker> releases = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(first)) {
            for (String[] model : models) {
                ps.setLong(1, Long.parseLong(model[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long ts = rs.getLong(1);
                        releases.add(new Marker(Marker.Kind.MODEL_RELEASE, model[1], model[1] + " first seen", ts, ts,
                                "#444444"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find when each model first appears: " + e.getMessage(), e);
        }
        releases.sort(Comparator.comparingLong(Marker::startMs));
        out.addAll(releases);
        return out;
    }

    static String jsonArray(Collection<Integer> ids) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (Integer id : ids) {
            j.add(Integer.toString(id));
        }
        return j.toString();
    }

    @Override
    public synchronized void close() {
        closeQuietly(conn);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a reader holds no changes; nothing is lost
        }
    }
}
