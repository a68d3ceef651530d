import dev.retort.store.CaseFile;
import dev.retort.store.ingest.Exchange;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.ingest.IngestSession;
import dev.retort.store.ingest.SourceDescriptor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Import budget benchmark (not a test): what the parts of an import cost per record on this machine when each runs
 * alone, with nothing parsed, set beside the CPU per record that a target rate leaves on this machine's cores.
 * <ul>
 *   <li>the writer: the importer's own {@link IngestSession} storing exchanges already in memory (taken from an
 *   imported case) into a fresh case, with and without their texts;</li>
 *   <li>SQLite alone: the same rows copied by INSERT ... SELECT, no Java and no parameter binding;</li>
 *   <li>the SHA-256 every source file gets, per record at the case's raw bytes per record.</li>
 * </ul>
 * Run through bench/write-floor-bench.sh.
 */
public final class WriteFloorBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WriteFloorBench CASE WORKDIR [RECORDS] [TARGET_PER_S]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
        int target = args.length > 3 ? Integer.parseInt(args[3]) : 150_000;
        Files.createDirectories(work);

        List<Exchange> exchanges = new ArrayList<>(records);
        List<Long> simhashes = new ArrayList<>(records);
        long rawBytesPerRecord = load(source, records, exchanges, simhashes);
        System.out.printf("%,d exchanges from %s (raw source files: %,d bytes per record)%n", exchanges.size(),
                source, rawBytesPerRecord);

        double withTexts = best("writer, exchanges and texts", () -> write(work, exchanges, simhashes, true));
        double withoutTexts = best("writer, exchanges only", () -> write(work, exchanges, simhashes, false));
        double sqliteAlone = best("SQLite alone (INSERT ... SELECT)", () -> copyInSql(source, work, exchanges.size()));
        double sha = sha256MicrosPerRecord(rawBytesPerRecord);
        System.out.printf("SHA-256 of the source files: %.2f us/record%n", sha);

        int cores = Runtime.getRuntime().availableProcessors();
        double budget = cores * 1e6 / target;
        System.out.printf("%nbudget at %,d records/s on %d cores: %.2f us of CPU per record, all threads together%n",
                target, cores, budget);
        System.out.printf("  writer with texts %.2f + SHA-256 %.2f = %.2f us before any reading or parsing%n",
                withTexts, sha, withTexts + sha);
        System.out.printf("  (texts cost the writer %.2f us/record; SQLite alone needs %.2f)%n",
                withTexts - withoutTexts, sqliteAlone);
    }

    /** Reads up to {@code records} exchanges with their texts and dictionary values back out of a case. */
    private static long load(Path source, int records, List<Exchange> out, List<Long> simhashes) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT e.source_line, e.ts, e.request_id, a.account, k.key, i.ip, u.ua, m.name, e.tokens_in,
                           e.tokens_out, e.status, e.latency_ms, t.prompt, t.response, e.prompt_simhash
                    FROM exchanges e
                    LEFT JOIN accounts a ON a.id = e.account_id LEFT JOIN api_keys k ON k.id = e.key_id
                    LEFT JOIN ips i ON i.id = e.ip_id LEFT JOIN user_agents u ON u.id = e.ua_id
                    LEFT JOIN models m ON m.id = e.model_id LEFT JOIN exchange_texts t ON t.exchange_id = e.id
                    ORDER BY e.id LIMIT
                    """ + records)) {
                long line = 0;
                while (rs.next()) {
                    out.add(new Exchange(++line, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11), rs.getInt(12), rs.getString(13), rs.getString(14)));
                    simhashes.add(rs.getLong(15));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT sum(size_bytes) / max(1, sum(rows_imported)) FROM sources")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Stores the exchanges through an import session into a new case; the session thread's CPU per record. */
    private static double write(Path work, List<Exchange> exchanges, List<Long> simhashes, boolean texts)
            throws Exception {
        Path target = fresh(work, "floor.retort");
        try (CaseFile caseFile = CaseFile.create(target, "write floor")) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            try (IngestSession session = IngestSession.open(caseFile, IngestOptions.DEFAULTS.withExclusive(true))) {
                session.beginSource(new SourceDescriptor("memory", "memory", "floor", 0, "litellm", "{}"), () -> "");
                for (int i = 0; i < exchanges.size(); i++) {
                    Exchange e = exchanges.get(i);
                    session.exchange(texts ? e : withoutTexts(e), simhashes.get(i));
                }
                session.finishSource(exchanges.size(), false, "0".repeat(64));
                long cpu = THREADS.getCurrentThreadCpuTime() - cpu0; // the index build's sorter threads excluded
                session.finish();
                return cpu / 1e3 / exchanges.size();
            }
        }
    }

    private static Exchange withoutTexts(Exchange e) {
        return new Exchange(e.line(), e.tsMillis(), e.requestId(), e.account(), e.apiKey(), e.ip(), e.userAgent(),
                e.model(), e.tokensIn(), e.tokensOut(), e.status(), e.latencyMs(), null, null);
    }

    /** The same rows copied inside SQLite into an empty file with the case's two tables: no binding at all. */
    private static double copyInSql(Path source, Path work, int records) throws Exception {
        Path target = fresh(work, "floor.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target); Statement st = c.createStatement()) {
            st.executeQuery("PRAGMA journal_mode = TRUNCATE").close();
            st.execute("PRAGMA cache_size = -262144");
            st.execute("ATTACH '" + source + "' AS src");
            for (String table : List.of("exchanges", "exchange_texts")) {
                try (ResultSet rs = st.executeQuery(
                        "SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                    rs.next();
                    st.execute(rs.getString(1));
                }
            }
            st.executeQuery("SELECT count(*) FROM src.exchange_texts").close(); // the source in the page cache
            long lastId; // the same first exchanges the writer stored, whatever ids the case gave them
            try (ResultSet rs = st.executeQuery(
                    "SELECT max(id) FROM (SELECT id FROM src.exchanges ORDER BY id LIMIT " + records + ")")) {
                lastId = rs.next() ? rs.getLong(1) : 0;
            }
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            st.execute("BEGIN");
            // WHERE keeps SQLite from copying the records verbatim (its transfer optimisation)
            st.execute("INSERT INTO exchanges SELECT * FROM src.exchanges WHERE id <= " + lastId);
            st.execute("INSERT INTO exchange_texts SELECT * FROM src.exchange_texts WHERE exchange_id <= " + lastId);
            st.execute("COMMIT");
            return (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / records;
        }
    }

    private static double sha256MicrosPerRecord(long bytesPerRecord) throws Exception {
        byte[] buffer = new byte[64 << 20];
        new Random(1).nextBytes(buffer);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS + 1; run++) { // the first run warms up the intrinsic
            long t0 = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                md.update(buffer);
            }
            md.digest();
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / (4.0 * buffer.length));
        }
        System.out.printf("SHA-256: %.0f MB/s%n", 1 / best);
        return best * bytesPerRecord;
    }

    private interface Measured {
        double run() throws Exception;
    }

    /** Runs a measurement a few times and keeps the lowest: the floor, not the machine's slow moments. */
    private static double best(String what, Measured m) throws Exception {
        double best = Double.MAX_VALUE;
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < RUNS; i++) {
            double v = m.run();
            runs.append(i == 0 ? "" : ", ").append(String.format("%.2f", v));
            best = Math.min(best, v);
        }
        System.out.printf("%s: %.2f us/record of CPU (runs: %s)%n", what, best, runs);
        return best;
    }

    private static Path fresh(Path work, String name) throws Exception {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            Files.deleteIfExists(work.resolve(name + suffix));
        }
        return work.resolve(name);
    }
}
