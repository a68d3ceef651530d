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

    /** Adds the analysis run to a case whose data was written by {@link #create} but whose run was not saved. */
    public static void addResults(CaseFile file, Spec spec) {
        addResults(file, spec, 0);
    }

    /**
     * As {@link #addResults(CaseFile, Spec)}, with {@code extraIndicators} more IP indicators in the first campaign,
     * each of its members sharing four of them: an expansion then draws about as many indicators and edges as the
     * real apr-2026 case's (120 and ~2,500), where the plain synthetic case has three indicators.
     */
    public static void addResults(CaseFile file, Spec spec, int extraIndicators) {
        SyntheticCase synthetic = new SyntheticCase(spec);
        AnalysisResults results = synthetic.results();
        if (extraIndicators > 0 && spec.campaigns() > 0) {
            List<Indicator> indicators = new ArrayList<>(results.indicators());
            List<List<String>> sharing = new ArrayList<>();
            for (int k = 0; k < extraIndicators; k++) {
                sharing.add(new ArrayList<>());
            }
            for (int j = 0; j < spec.membersPerCampaign(); j++) {
                for (int m = 0; m < 4; m++) {
                    sharing.get((j + m * 19) % extraIndicators).add(member(0, j));
                }
            }
            for (int k = 0; k < extraIndicators; k++) {
                List<String> members = sharing.get(k);
                members.sort(null);
                indicators.add(new Indicator(IndicatorKind.IP, "203.0." + (k / 250) + "." + (k % 250), members, 0.5));
            }
            results = new AnalysisResults(results.run(), results.campaigns(), results.accounts(), indicators,
                    results.links());
        }
        results.saveTo(file.connection());
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
        int campaignAccounts = spec.campaigns() * spec.membersPerCampaign();
        int accounts = campaignAccounts + spec.otherAccounts();
        int[][] perDay = planDays(campaignAccounts, accounts);
        long[] first = new long[accounts + 1];
        long[] last = new long[accounts + 1];
        java.util.Arrays.fill(first, Long.MAX_VALUE);
        insertExchanges(conn, perDay, campaignAccounts, first, last);
        try (PreparedStatement acc = conn.prepareStatement("""
                INSERT INTO accounts(id, account, created_at, payment_fingerprint, exchange_count, first_seen, last_seen,
                                     source_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
                """)) {
            for (int a = 1; a <= accounts; a++) {
                boolean member = a <= campaignAccounts;
                int c = (a - 1) / Math.max(1, spec.membersPerCampaign());
                int j = member ? (a - 1) % spec.membersPerCampaign() : a - campaignAccounts - 1;
                acc.setLong(1, a);
                acc.setString(2, member ? member(c, j) : "dev-" + j);
                acc.setLong(3, START.toEpochMilli() - 86_400_000L);
                acc.setString(4, member ? "card-" + c : "card-dev-" + j);
                acc.setLong(5, member ? spec.exchangesPerCampaignAccount() : spec.exchangesPerOtherAccount());
                acc.setLong(6, first[a]);
                acc.setLong(7, last[a]);
                acc.setLong(8, a);
                acc.addBatch();
            }
            acc.executeBatch();
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

    /** How many exchanges each account (1-based) sends on each day: its total spread at random over its active days. */
    private int[][] planDays(int campaignAccounts, int accounts) {
        int[][] perDay = new int[accounts + 1][spec.days()];
        for (int a = 1; a <= accounts; a++) {
            boolean member = a <= campaignAccounts;
            int firstDay = member ? (int) ((campaignStart((a - 1) / spec.membersPerCampaign()) - START.toEpochMilli())
                    / (24 * HOUR)) : 0;
            int total = member ? spec.exchangesPerCampaignAccount() : spec.exchangesPerOtherAccount();
            int span = Math.max(1, spec.days() - firstDay);
            for (int i = 0; i < total; i++) {
                perDay[a][Math.min(spec.days() - 1, firstDay + random.nextInt(span))]++;
            }
        }
        return perDay;
    }

    /** Day by day, every account's exchanges of the day in time order (as an import of daily files leaves them). */
    private void insertExchanges(Connection conn, int[][] perDay, int campaignAccounts, long[] first, long[] last)
            throws SQLException {
        int accounts = perDay.length - 1;
        long modelB = START.toEpochMilli() + MODEL_B_DAY * 24L * HOUR;
        long id = 0;
        try (PreparedStatement ex = conn.prepareStatement("""
                INSERT INTO exchanges(id, ts, account_id, model_id, tokens_in, tokens_out, status, dedup_key,
                                      source_id, source_line) VALUES (?, ?, ?, ?, 100, 400, 200, ?, 1, ?)
                """);
             PreparedStatement roll = conn.prepareStatement("""
                INSERT INTO rollup_account_hour(account_id, hour, exchanges, tokens_in, tokens_out) VALUES (?, ?, ?, ?, ?)
                """)) {
            for (int day = 0; day < spec.days(); day++) {
                long dayStart = START.toEpochMilli() + day * 24L * HOUR;
                int n = 0;
                for (int a = 1; a <= accounts; a++) {
                    n += perDay[a][day];
                }
                long[] packed = new long[n];
                int k = 0;
                for (int a = 1; a <= accounts; a++) {
                    boolean office = a > campaignAccounts;
                    for (int i = 0; i < perDay[a][day]; i++) {
                        long offset = office ? 9 * HOUR + random.nextLong(8 * HOUR) : random.nextLong(24 * HOUR);
                        packed[k++] = offset << 25 | a;
                    }
                }
                java.util.Arrays.sort(packed);
                int[] hourly = new int[(accounts + 1) * 24];
                for (long p : packed) {
                    long ts = dayStart + (p >>> 25);
                    int a = (int) (p & ((1 << 25) - 1));
                    id++;
                    ex.setLong(1, id);
                    ex.setLong(2, ts);
                    ex.setLong(3, a);
                    ex.setLong(4, ts >= modelB && random.nextBoolean() ? 2 : 1);
                    ex.setLong(5, id * 0x9E3779B97F4A7C15L);
                    ex.setLong(6, id);
                    ex.addBatch();
                    if (id % 10_000 == 0) {
                        ex.executeBatch();
                    }
                    first[a] = Math.min(first[a], ts);
                    last[a] = Math.max(last[a], ts);
                    hourly[a * 24 + (int) ((ts - dayStart) / HOUR)]++;
                }
                ex.executeBatch();
                long dayHour = dayStart / HOUR;
                for (int a = 1; a <= accounts; a++) {
                    for (int h = 0; h < 24; h++) {
                        int count = hourly[a * 24 + h];
                        if (count > 0) {
                            roll.setLong(1, a);
                            roll.setLong(2, dayHour + h);
                            roll.setLong(3, count);
                            roll.setLong(4, count * 100L);
                            roll.setLong(5, count * 400L);
                            roll.addBatch();
                        }
                    }
                }
                roll.executeBatch();
                conn.commit();
            }
        }
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
