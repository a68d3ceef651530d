package dev.retort.analysis;

import dev.retort.store.StoreException;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds the analysis's in-memory view of a case in one streaming pass over the exchanges (no sort, no temporary
 * table), plus a small per-account sample of prompt texts for classification. Memory is bounded per account.
 */
final class CaseLoader {
    private static final int TEXT_BATCH = 400;

    private final Connection conn;
    private final Connection second;
    private final AnalysisConfig cfg;
    private final Progress progress;

    CaseLoader(Connection conn, AnalysisConfig cfg, Progress progress) {
        this(conn, null, cfg, progress);
    }

    /** With a second reader connection the scan reads the two halves of the table in parallel. */
    CaseLoader(Connection conn, Connection second, AnalysisConfig cfg, Progress progress) {
        this.conn = conn;
        this.second = second;
        this.cfg = cfg;
        this.progress = progress;
    }

    CaseData load() {
        try {
            for (Connection c : second == null ? List.of(conn) : List.of(conn, second)) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA mmap_size = 1073741824");
                    st.execute("PRAGMA cache_size = -65536");
                }
            }
            long start = single("SELECT MIN(ts) FROM exchanges");
            long end = single("SELECT MAX(ts) FROM exchanges");
            long total = single("SELECT COALESCE(SUM(exchange_count), 0) FROM accounts");
            CaseData data = new CaseData(start, end);
            AccountProfile[] byId = accounts(data);
            IntFunction<String> ips = dictionary("SELECT id, ip FROM ips");
            IntFunction<String> uas = dictionary("SELECT id, ua FROM user_agents");
            IntFunction<String> models = dictionary("SELECT id, name FROM models");
            IntFunction<String> keys = dictionary("SELECT id, key FROM api_keys");
            scan(data, byId, ips, uas, models, keys, total);
            texts(data);
            return data;
        } catch (SQLException e) {
            throw new StoreException("cannot read the case for analysis: " + e.getMessage(), e);
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private AccountProfile[] accounts(CaseData data) throws SQLException {
        String sql = """
                SELECT id, account, created_at, email, payment_fingerprint, country, org_id, verified
                FROM accounts ORDER BY id
                """;
        AccountProfile[] byId = new AccountProfile[(int) single("SELECT COALESCE(MAX(id), 0) FROM accounts") + 1];
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AccountProfile p = data.account(rs.getString(2));
                long created = rs.getLong(3);
                p.createdAt = rs.wasNull() ? -1 : created;
                p.email = rs.getString(4);
                p.card = rs.getString(5);
                p.country = rs.getString(6);
                p.org = rs.getString(7);
                int verified = rs.getInt(8);
                p.verified = rs.wasNull() ? null : verified != 0;
                byId[rs.getInt(1)] = p;
            }
        }
        return byId;
    }

    /** A dictionary table by id: an array when ids are dense (row ids normally are), else a map. */
    private IntFunction<String> dictionary(String sql) throws SQLException {
        Map<Integer, String> byId = new HashMap<>();
        int max = 0;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int id = rs.getInt(1);
                byId.put(id, rs.getString(2));
                max = Math.max(max, id);
            }
        }
        if (max > 4L * byId.size() + 1_024) {
            return byId::get;
        }
        String[] out = new String[max + 1];
        byId.forEach((id, name) -> out[id] = name);
        return id -> id > 0 && id < out.length ? out[id] : null;
    }

    private static final int BATCH_ROWS = 8_192;
    private static final int COLS = 7;
    private static final long[] END = new long[0];

    /**
     * One pass over the exchanges. A reader thread pulls rows (ids packed in pairs by SQLite, so fewer calls cross
     * into the driver) into batches; this thread aggregates them, so reading and aggregating use both cores.
     */
    private void scan(CaseData data, AccountProfile[] byId, IntFunction<String> ips, IntFunction<String> uas,
                      IntFunction<String> models, IntFunction<String> keys, long total) throws SQLException {
        ScanAccumulator[] acc = new ScanAccumulator[byId.length];
        for (int i = 0; i < byId.length; i++) {
            if (byId[i] != null) {
                acc[i] = new ScanAccumulator(byId[i], data.start, cfg.simhashSamplePerAccount(),
                        cfg.textSamplePerAccount());
            }
        }
        BlockingQueue<long[]> queue = new ArrayBlockingQueue<>(16);
        List<Connection> readers = second == null ? List.of(conn) : List.of(conn, second);
        ExecutorService reader = Executors.newFixedThreadPool(readers.size(), r -> {
            Thread t = new Thread(r, "retort-analysis-reader");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean stop = new AtomicBoolean();
        long lo = single("SELECT COALESCE(MIN(id), 0) FROM exchanges");
        long hi = single("SELECT COALESCE(MAX(id), 0) FROM exchanges");
        long mid = readers.size() == 1 ? hi : lo + (hi - lo) / 2;
        List<Future<Long>> reads = new ArrayList<>();
        reads.add(reader.submit(() -> read(readers.get(0), queue, stop, lo, mid)));
        if (readers.size() > 1) {
            reads.add(reader.submit(() -> read(readers.get(1), queue, stop, mid + 1, hi)));
        }
        int ended = 0;
        long done = 0;
        try {
            while (true) {
                long[] batch = queue.poll(1, TimeUnit.SECONDS);
                if (batch == null) {
                    for (Future<Long> f : reads) {
                        if (f.isDone()) {
                            f.get(); // surfaces a reader's failure
                        }
                    }
                    continue;
                }
                if (batch == END) {
                    if (++ended == reads.size()) {
                        break;
                    }
                    continue;
                }
                for (int o = 0; o + COLS <= batch.length && batch[o + 2] != 0; o += COLS) {
                    long accountAndModel = batch[o + 2];
                    int accountId = (int) (accountAndModel & 0xFFFFFFFFL);
                    if (accountId > 0 && accountId < acc.length && acc[accountId] != null) {
                        long ipUa = batch[o + 3];
                        long tokens = batch[o + 5];
                        acc[accountId].add(batch[o], batch[o + 1], (int) batch[o + 4], (int) (ipUa & 0xFFFFFFFFL),
                                (int) (ipUa >>> 32), (int) (accountAndModel >>> 32), (int) (tokens & 0xFFFFFFFFL),
                                (int) (tokens >>> 32), batch[o + 6]);
                    }
                    done++;
                }
                if (progress.isCancelled()) {
                    stop.set(true);
                    throw new CancelledException("analysis");
                }
                if (done % 524_288 < BATCH_ROWS) {
                    progress.update(done, total, "reading exchanges");
                }
            }
            for (Future<Long> f : reads) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("analysis");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            throw new StoreException("cannot read exchanges: " + cause.getMessage(), cause);
        } finally {
            stop.set(true);
            queue.clear();
            reader.shutdownNow();
        }
        for (ScanAccumulator a : acc) {
            if (a != null) {
                a.into(ips, uas, keys, models);
            }
        }
        progress.update(done, total, "reading exchanges");
    }

    /** A reader thread: fills batches of packed rows with ids in [from, to] (rows without an account left out). */
    private Long read(Connection c, BlockingQueue<long[]> queue, AtomicBoolean stop, long from, long to)
            throws SQLException, InterruptedException {
        String sql = """
                SELECT id, ts, account_id | (COALESCE(model_id, 0) << 32),
                       COALESCE(ip_id, 0) | (COALESCE(ua_id, 0) << 32), COALESCE(key_id, 0),
                       (COALESCE(tokens_in, 0) & 4294967295) | (COALESCE(tokens_out, 0) << 32),
                       COALESCE(prompt_simhash, 0)
                FROM exchanges WHERE id BETWEEN ? AND ? AND account_id > 0
                """;
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
            long[] batch = new long[BATCH_ROWS * COLS];
            int n = 0;
            while (rs.next()) {
                int o = n * COLS;
                for (int col = 0; col < COLS; col++) {
                    batch[o + col] = rs.getLong(col + 1);
                }
                if (++n == BATCH_ROWS) {
                    if (stop.get()) {
                        return rows;
                    }
                    queue.put(batch);
                    rows += n;
                    batch = new long[BATCH_ROWS * COLS];
                    n = 0;
                }
            }
            if (n > 0) {
                queue.put(Arrays.copyOf(batch, n * COLS));
                rows += n;
            }
            }
        }
        queue.put(END);
        return rows;
    }

    private void texts(CaseData data) throws SQLException {
        List<long[]> pending = new ArrayList<>(); // {exchange id, account index}
        for (AccountProfile p : data.accounts()) {
            Arrays.sort(p.sampleIds); // the sample is a set; classify it in id order so re-runs agree exactly
            for (long id : p.sampleIds) {
                pending.add(new long[] {id, p.index});
            }
        }
        StringBuilder sql = new StringBuilder("SELECT exchange_id, prompt FROM exchange_texts WHERE exchange_id IN (");
        for (int i = 0; i < TEXT_BATCH; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(")");
        Map<Long, AccountProfile> owner = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int from = 0; from < pending.size(); from += TEXT_BATCH) {
                if (progress.isCancelled()) {
                    throw new CancelledException("analysis");
                }
                owner.clear();
                for (int i = 0; i < TEXT_BATCH; i++) {
                    int k = from + i;
                    long id = k < pending.size() ? pending.get(k)[0] : -1;
                    ps.setLong(i + 1, id);
                    if (k < pending.size()) {
                        owner.put(id, data.accounts().get((int) pending.get(k)[1]));
                    }
                }
                Map<Long, String> prompts = new TreeMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        prompts.put(rs.getLong(1), rs.getString(2));
                    }
                }
                prompts.forEach((id, prompt) -> owner.get(id).classified(id, PromptClassifier.classify(prompt)));
                progress.update(from, pending.size(), "classifying sampled prompts");
            }
        }
    }

    private static int intOrMinus(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? -1 : v;
    }
}
