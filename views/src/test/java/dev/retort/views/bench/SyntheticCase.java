package dev.retort.views.bench;

import dev.retort.analysis.AccountScore;
import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Indicator;
import dev.retort.analysis.IndicatorKind;
import dev.retort.analysis.Link;
import dev.retort.analysis.Reason;
import dev.retort.analysis.RunInfo;
import dev.retort.store.CaseFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a case with known accounts, exchanges, hourly rollups and analysis results straight through SQL, for the
 * network and timeline tests and the views benchmark (which needs a case of the size without waiting for
 * the generator and the importers). Campaign accounts send 24/7 inside their campaign's window; the others send in
 * office hours. {@code model-b} first appears on day {@link #MODEL_B_DAY}.
 */
public final class SyntheticCase {
    public static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    public static final int MODEL_B_DAY = 10;
    private static final long HOUR = 3_600_000L;

    /** Campaign {@code i}'s id ({@code C-000i}) and its members {@code camp<i>-acct<j>}. */
    public record Spec(int days, int campaigns, int membersPerCampaign, int otherAccounts,
                       int exchangesPerCampaignAccount, int exchangesPerOtherAccount) {
        public static Spec small() {
            return new Spec(20, 3, 12, 20, 40, 30);
        }
    }

    private final Spec spec;
    private final SplittableRandom random = new SplittableRandom(42);

    private SyntheticCase(Spec spec) {
        this.spec = spec;
    }

    public static String campaignId(int c) {
        return String.format("C-%04d", c);
    }

    public static String member(int c, int j) {
        return "camp" + c + "-acct" + j;
    }

    /** The window of campaign {@code c}: it starts on day 2 + 2c and runs to the end of the case. */
    public static long campaignStart(int c) {
        return START.toEpochMilli() + (2L + 2L * c) * 24 * HOUR;
    }

    public static long end(Spec spec) {
        return START.toEpochMilli() + spec.days() * 24L * HOUR;
    }

    public static CaseFile create(Path path, Spec spec) {
        CaseFile file = CaseFile.create(path, "synthetic");
        try {
            new SyntheticCase(spec).fill(file.connection());
        } catch (SQLException e) {
            file.close();
            throw new IllegalStateException("cannot build the synthetic case: " + e.getMessage(), e);
        }
        return file;
    }

    private void fill(Connection conn) throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            st.execute("""
                    INSERT INTO sources(id, path, file_name, sha256, size_bytes, format, imported_at, imported_by)
                    VALUES (1, 'synthetic.jsonl', 'synthetic.jsonl', 'none', 0, 'synthetic', '2026-05-01T00:00:00Z', 'test')
                    """);
            st.execute("INSERT INTO models(id, name) VALUES (1, 'model-a'), (2, 'model-b')");
            st.execute("DROP INDEX exchanges_account_ts");
            st.execute("DROP INDEX exchanges_ts");
            st.execute("DROP INDEX exchanges_dedup");
        }
        long end = end(spec);
        Map<Long, long[]> rollup = new HashMap<>();
        long accountId = 0;
        long[] exchangeId = {0};
        try (PreparedStatement acc = conn.prepareStatement("""
                INSERT INTO accounts(id, account, created_at, payment_fingerprint, exchange_count, first_seen, last_seen,
                                     source_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
                """);
             PreparedStatement ex = conn.prepareStatement("""
                INSERT INTO exchanges(id, ts, account_id, model_id, tokens_in, tokens_out, status, dedup_key,
                                      source_id, source_line) VALUES (?, ?, ?, ?, ?, ?, 200, ?, 1, ?)
                """)) {
            for (int c = 0; c < spec.campaigns(); c++) {
                for (int j = 0; j < spec.membersPerCampaign(); j++) {
                    accountId++;
                    long[] seen = sendExchanges(ex, accountId, spec.exchangesPerCampaignAccount(), campaignStart(c), end,
                            false, rollup, exchangeId);
                    addAccount(acc, accountId, member(c, j), "card-" + c, spec.exchangesPerCampaignAccount(), seen);
                }
            }
            for (int j = 0; j < spec.otherAccounts(); j++) {
                accountId++;
                long[] seen = sendExchanges(ex, accountId, spec.exchangesPerOtherAccount(), START.toEpochMilli(), end,
                        true, rollup, exchangeId);
                addAccount(acc, accountId, "dev-" + j, "card-dev-" + j, spec.exchangesPerOtherAccount(), seen);
            }
            ex.executeBatch();
            acc.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO rollup_account_hour(account_id, hour, exchanges, tokens_in, tokens_out) VALUES (?, ?, ?, ?, ?)
                """)) {
            int n = 0;
            for (Map.Entry<Long, long[]> e : rollup.entrySet()) {
                long[] v = e.getValue();
                ps.setLong(1, v[0]);
                ps.setLong(2, v[1]);
                ps.setLong(3, v[2]);
                ps.setLong(4, v[2] * 100);
                ps.setLong(5, v[2] * 400);
                ps.addBatch();
                if (++n % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        conn.commit();
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE INDEX exchanges_account_ts ON exchanges(account_id, ts)");
            st.execute("CREATE INDEX exchanges_ts ON exchanges(ts)");
            st.execute("CREATE INDEX exchanges_dedup ON exchanges(dedup_key)");
        }
        conn.commit();
        conn.setAutoCommit(true);
        results().saveTo(conn);
    }

    private void addAccount(PreparedStatement acc, long id, String name, String card, long count, long[] seen)
            throws SQLException {
        acc.setLong(1, id);
        acc.setString(2, name);
        acc.setLong(3, START.toEpochMilli() - 86_400_000L);
        acc.setString(4, card);
        acc.setLong(5, count);
        acc.setLong(6, seen[0]);
        acc.setLong(7, seen[1]);
        acc.setLong(8, id);
        acc.addBatch();
    }

    private long[] sendExchanges(PreparedStatement ex, long accountId, int count, long from, long to, boolean office,
                                 Map<Long, long[]> rollup, long[] exchangeId) throws SQLException {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long modelB = START.toEpochMilli() + MODEL_B_DAY * 24L * HOUR;
        for (int i = 0; i < count; i++) {
            long ts = from + random.nextLong(to - from);
            if (office) {
                long day = Math.floorDiv(ts, 24 * HOUR) * 24 * HOUR;
                ts = day + 9 * HOUR + random.nextLong(8 * HOUR);
            }
            first = Math.min(first, ts);
            last = Math.max(last, ts);
            long id = ++exchangeId[0];
            ex.setLong(1, id);
            ex.setLong(2, ts);
            ex.setLong(3, accountId);
            ex.setLong(4, ts >= modelB && random.nextBoolean() ? 2 : 1);
            ex.setLong(5, 100);
            ex.setLong(6, 400);
            ex.setLong(7, id * 0x9E3779B97F4A7C15L);
            ex.setLong(8, id);
            ex.addBatch();
            if (id % 10_000 == 0) {
                ex.executeBatch();
            }
            long hour = Math.floorDiv(ts, HOUR);
            rollup.computeIfAbsent(accountId * 10_000_000L + hour, k -> new long[] {accountId, hour, 0})[2]++;
        }
        return new long[] {first, last};
    }

    private AnalysisResults results() {
        Instant now = Instant.parse("2026-05-01T00:00:00Z");
        RunInfo run = new RunInfo(0, now, now, "test", "test", "analysis-config/1", "{}", 0, 0, 0, "complete");
        List<CampaignResult> campaigns = new ArrayList<>();
        List<AccountScore> scores = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int c = 0; c < spec.campaigns(); c++) {
            List<String> members = new ArrayList<>();
            for (int j = 0; j < spec.membersPerCampaign(); j++) {
                members.add(member(c, j));
            }
            members.sort(null);
            String id = campaignId(c);
            double score = 0.95 - 0.1 * c;
            Reason reason = new Reason("shared_card", 0.5,
                    members.size() + " accounts share one payment card", List.of(1L, 2L));
            campaigns.add(new CampaignResult(id, score, c == spec.campaigns() - 1 && c > 0 ? "suspicious" : "campaign",
                    members, (long) members.size() * spec.exchangesPerCampaignAccount(),
                    Instant.ofEpochMilli(campaignStart(c)), Instant.ofEpochMilli(end(spec)), null,
                    Map.of("shared_card", 1.0), List.of(reason)));
            for (String m : members) {
                scores.add(new AccountScore(m, score - 0.05, id, id, Map.of("shared_card", 1.0), List.of(reason)));
            }
            indicators.add(new Indicator(IndicatorKind.CARD, "card-" + c, members, 0.9));
            indicators.add(new Indicator(IndicatorKind.SUBNET, "10." + c + ".0.0/24", members, 0.4));
            indicators.add(new Indicator(IndicatorKind.USER_AGENT, "harvester/" + c,
                    members.subList(0, Math.max(2, members.size() / 2)), 0.3));
            for (int j = 1; j < members.size(); j++) {
                links.add(new Link(members.get(j - 1), members.get(j), 1.3, List.of(IndicatorKind.CARD)));
            }
        }
        if (spec.campaigns() >= 2) {
            indicators.add(new Indicator(IndicatorKind.IP, "198.51.100.7", List.of(member(0, 0), member(1, 0)), 0.6));
        }
        for (int j = 0; j < spec.otherAccounts(); j++) {
            scores.add(new AccountScore("dev-" + j, 0.05, null, null, Map.of(), List.of()));
        }
        return new AnalysisResults(run, campaigns, scores, indicators, links);
    }
}
