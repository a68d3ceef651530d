package dev.retort.importers.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a child JVM (SIGKILL, like a power cut for the process) at random points of an import, several times,
 * then imports the same files to the end: the case must open cleanly after every kill and finish with exactly the
 * rows a clean import gives, no duplicates, no gaps.
 */
class ImportCrashTest {

    private static final int KILLS = 4;

    @TempDir
    Path dir;

    /** Shared: the WAL load the views use; exclusive: the rollback-journal load of the command line (ADR 0005). */
    @ParameterizedTest(name = "exclusive = {0}")
    @ValueSource(booleans = {false, true})
    void importKilledAtRandomPointsFinishesWithExactlyTheRightRows(boolean exclusive) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        SpendLogs.write(data.resolve("litellm-1.jsonl"), 1, 40_000, 97);
        SpendLogs.write(data.resolve("litellm-2.jsonl.gz"), 30_001, 70_000, 0); // overlaps the first by 10,000
        Files.writeString(data.resolve("accounts.csv"), "account_id,created_at,email,payment_fingerprint,country,"
                + "org_id,verified\nacct-1,2026-01-01T00:00:00Z,a@x.org,card,US,,true\n");

        Path clean = dir.resolve("clean.retort");
        CaseFile.create(clean, "clean").close();
        long started = System.nanoTime();
        runChild(clean, data, -1, exclusive);
        long cleanMillis = (System.nanoTime() - started) / 1_000_000;
        List<Long> expected = fingerprint(clean);

        Path crashed = dir.resolve("crashed.retort");
        CaseFile.create(crashed, "crashed").close();
        Random random = new Random(20260401);
        int killedMidway = 0;
        for (int i = 0; i < KILLS; i++) {
            // Kill somewhere between a fifth and nine tenths of a clean run, whatever this machine's speed.
            long at = cleanMillis / 5 + (long) (random.nextDouble() * cleanMillis * 0.7);
            boolean killed = runChild(crashed, data, at, exclusive);
            try (CaseFile c = CaseFile.open(crashed)) {
                assertEquals("ok", integrity(c), "the case opens cleanly after kill " + i);
                long rows = count(c, "SELECT count(*) FROM exchanges");
                if (killed && rows > 0 && rows < expected.get(0)) {
                    killedMidway++;
                }
            }
        }
        runChild(crashed, data, -1, exclusive);
        assertFalse(Files.exists(Path.of(crashed + "-journal")), "no rollback journal left after the last run");
        try (CaseFile c = CaseFile.open(crashed)) {
            assertEquals("wal", text(c, "PRAGMA journal_mode"), "the case is back in WAL mode for the views");
        }
        assertTrue(killedMidway > 0, "at least one kill landed in the middle of the import");
        assertEquals(expected, fingerprint(crashed));
    }

    /** Runs the child; with {@code killAfterMillis} >= 0 kills it that long after it started. True if killed. */
    private static boolean runChild(Path casePath, Path data, long killAfterMillis, boolean exclusive)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), casePath.toString(), data.toString(), "2000", String.valueOf(exclusive))
                .redirectErrorStream(true);
        Process p = pb.start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.start();
        if (killAfterMillis >= 0) {
            boolean finished = p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                p.waitFor(30, TimeUnit.SECONDS);
                reader.join(5000);
                return true;
            }
        } else {
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child import finishes");
        }
        reader.join(5000);
        synchronized (output) {
            assertEquals(0, p.exitValue(), "child failed: " + String.join(File.separator.equals("/") ? "\n" : "\r\n",
                    output));
        }
        return false;
    }

    private static long count(CaseFile c, String sql) throws SQLException {
        try (Statement st = c.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String integrity(CaseFile c) throws SQLException {
        return text(c, "PRAGMA integrity_check");
    }

    private static String text(CaseFile c, String sql) throws SQLException {
        try (Statement st = c.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Counts and sums that any duplicate, gap or half-applied chunk would change. */
    private static List<Long> fingerprint(Path casePath) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (CaseFile c = CaseFile.open(casePath); Statement st = c.connection().createStatement()) {
            for (String sql : List.of(
                    "SELECT count(*) FROM exchanges",
                    "SELECT count(DISTINCT request_id) FROM exchanges",
                    "SELECT sum(tokens_in) FROM exchanges",
                    "SELECT count(*) FROM exchange_texts",
                    "SELECT count(*) FROM quarantine",
                    "SELECT count(DISTINCT source_id || ':' || line) FROM quarantine",
                    "SELECT sum(exchanges) FROM rollup_account_hour",
                    "SELECT sum(tokens_in) FROM rollup_account_hour",
                    "SELECT sum(exchange_count) FROM accounts",
                    "SELECT count(*) FROM accounts",
                    "SELECT count(*) FROM ips",
                    "SELECT count(*) FROM sources WHERE status = 'complete'",
                    "SELECT sum(rows_imported) FROM sources",
                    "SELECT sum(rows_duplicate) FROM sources",
                    "SELECT sum(rows_quarantined) FROM sources",
                    "SELECT count(*) FROM exchange_fts WHERE exchange_fts MATCH 'reasoning'")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
