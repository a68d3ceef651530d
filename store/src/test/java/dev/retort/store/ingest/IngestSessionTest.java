package dev.retort.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSessionTest {

    @TempDir
    Path dir;

    static final long T0 = 1_775_000_000_000L; // 2026-03-31T23:33:20Z

    static Exchange ex(long line, long ts, String requestId, String account, String ip, String model, int in,
                       int out, String prompt) {
        return new Exchange(line, ts, requestId, account, account == null ? null : "key-" + account, ip,
                ip == null ? null : "ua/1", model, in, out, 200, 100, prompt, prompt == null ? null : "answer");
    }

    static SourceDescriptor source(String name) {
        return new SourceDescriptor("/logs/" + name, name, "quick-" + name, 100, "test", "{}");
    }

    private CaseFile newCase() {
        return CaseFile.create(dir.resolve("c.retort"), "test");
    }

    static long scalar(CaseFile c, String sql) throws SQLException {
        try (Statement st = c.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    static String text(CaseFile c, String sql) throws SQLException {
        try (Statement st = c.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void exchangesAreStoredWithDictionariesRollupsAndProvenance() throws SQLException {
        try (CaseFile c = newCase()) {
            SourceCounts counts;
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                s.exchange(ex(1, T0, "r1", "alice", "10.0.0.1", "m1", 10, 20, "hello there"), 7L);
                s.exchange(ex(2, T0 + 60_000, "r2", "alice", "10.0.0.1", "m1", 5, 5, null), 0L);
                s.exchange(ex(3, T0 + 3_600_000, "r3", "bob", "10.0.0.2", "m2", 1, 2, "hi"), 9L);
                counts = s.finishSource(3, false, "sha-a");
                s.finish();
            }
            assertEquals(3, counts.imported());
            assertEquals(3, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(2, scalar(c, "SELECT count(*) FROM accounts"));
            assertEquals(2, scalar(c, "SELECT count(*) FROM ips"));
            assertEquals(2, scalar(c, "SELECT count(*) FROM models"));
            assertEquals(2, scalar(c, "SELECT count(*) FROM exchange_texts"));
            assertEquals(2, scalar(c, "SELECT exchange_count FROM accounts WHERE account = 'alice'"));
            assertEquals(T0, scalar(c, "SELECT first_seen FROM accounts WHERE account = 'alice'"));
            assertEquals(T0 + 60_000, scalar(c, "SELECT last_seen FROM accounts WHERE account = 'alice'"));
            assertEquals(15, scalar(c, """
                    SELECT r.tokens_in FROM rollup_account_hour r JOIN accounts a ON a.id = r.account_id
                    WHERE a.account = 'alice'"""));
            assertEquals(3, scalar(c, "SELECT source_line FROM exchanges WHERE request_id = 'r3'"));
            assertNull(text(c, "SELECT prompt_simhash FROM exchanges WHERE request_id = 'r2'"));
            assertEquals(7, scalar(c, "SELECT prompt_simhash FROM exchanges WHERE request_id = 'r1'"));
            assertEquals("sha-a", text(c, "SELECT sha256 FROM sources"));
            assertEquals("complete", text(c, "SELECT status FROM sources"));
            assertEquals(2, scalar(c, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                    + "AND name IN ('exchanges_account_ts', 'exchanges_ts')"), "indexes rebuilt after the bulk load");
            assertEquals(0, scalar(c, "SELECT count(*) FROM sqlite_master WHERE name = 'exchanges_dedup'"),
                    "no duplicate was possible, so no de-duplication index was needed");
            assertTrue(text(c, "SELECT detail FROM audit_log WHERE action = 'import'").contains("\"imported\":3"));
        }
    }

    @Test
    void indexesAreBuiltWithASmallSortCacheAndTheImportCacheIsPutBack() throws SQLException {
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS.withExclusive(true))) {
                long cacheDuringLoad = scalar(c, "PRAGMA cache_size");
                long threadsBefore = scalar(c, "PRAGMA threads");
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                for (int i = 1; i <= 20_000; i++) {
                    s.exchange(ex(i, T0 + (i * 7919L) % 86_400_000, "r" + i, "acct" + i % 97, "10.0.0." + i % 5,
                            "m1", i, i, null), 0L);
                }
                s.finishSource(20_000, false, "sha-a");
                s.finish();
                assertEquals(cacheDuringLoad, scalar(c, "PRAGMA cache_size"), "the load's page cache is back");
                assertEquals(threadsBefore, scalar(c, "PRAGMA threads"));
                assertTrue(cacheDuringLoad < -100_000, "the load itself keeps its large cache: " + cacheDuringLoad);
            }
            assertEquals("ok", text(c, "PRAGMA integrity_check"));
            assertEquals(scalar(c, "SELECT count(*) FROM exchanges NOT INDEXED WHERE account_id = 5 AND ts < "
                            + (T0 + 43_200_000)),
                    scalar(c, "SELECT count(*) FROM exchanges INDEXED BY exchanges_account_ts WHERE account_id = 5 "
                            + "AND ts < " + (T0 + 43_200_000)));
            assertEquals(scalar(c, "SELECT count(*) FROM exchanges NOT INDEXED WHERE ts >= " + (T0 + 3_600_000)),
                    scalar(c, "SELECT count(*) FROM exchanges INDEXED BY exchanges_ts WHERE ts >= "
                            + (T0 + 3_600_000)));
        }
    }

    @Test
    void exclusiveLoadUsesARollbackJournalAndGivesTheCaseBackInWalMode() throws SQLException {
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS.withExclusive(true))) {
                assertTrue(s.exclusiveLoad());
                assertEquals("truncate", text(c, "PRAGMA journal_mode"));
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                s.exchange(ex(1, T0, "r1", "alice", "10.0.0.1", "m1", 10, 20, "hello there"), 7L);
                s.finishSource(1, false, "sha-a");
                s.finish();
            }
            assertEquals("wal", text(c, "PRAGMA journal_mode"));
            assertEquals(1, scalar(c, "SELECT count(*) FROM exchanges"));
            try (java.sql.Connection reader = java.sql.DriverManager.getConnection("jdbc:sqlite:" + c.path())) {
                try (Statement st = reader.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM exchanges")) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getLong(1), "another connection reads the case after the load");
                }
            }
        }
    }

    @Test
    void exclusiveLoadFallsBackToTheSharedWalWhenAnotherConnectionHasTheCaseOpen() throws SQLException {
        try (CaseFile c = newCase();
             java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + c.path())) {
            try (Statement st = other.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sources")) {
                assertTrue(rs.next()); // the other connection has now read the case through the WAL
            }
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS.withExclusive(true))) {
                assertFalse(s.exclusiveLoad());
                assertEquals("wal", text(c, "PRAGMA journal_mode"));
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                s.exchange(ex(1, T0, "r1", "alice", "10.0.0.1", "m1", 10, 20, "hello there"), 7L);
                s.finishSource(1, false, "sha-a");
                s.finish();
            }
            try (Statement st = other.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM exchanges")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    @Test
    void rowsWrittenThroughMultiRowStatementsAndTheirRemainderKeepEveryValue() throws SQLException {
        int n = IngestSession.BATCH_ROWS + 123; // full statements, a mid-source flush, a remainder
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("many.jsonl"), () -> "sha-many");
                for (int i = 1; i <= n; i++) {
                    s.exchange(ex(i, T0 + i * 1000L, "r" + i, "acct" + i % 5, i % 3 == 0 ? null : "10.0.0." + i % 7,
                            "m1", i, 2 * i, i % 4 == 0 ? null : "prompt " + i), i);
                }
                s.finishSource(n, false, "sha-many");
                s.finish();
            }
            assertEquals(n, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(0, scalar(c, """
                    SELECT count(*) FROM exchanges WHERE tokens_in != source_line OR tokens_out != 2 * source_line
                        OR request_id != 'r' || source_line OR ts != %d + source_line * 1000
                        OR (prompt_simhash IS NULL) != (source_line %% 4 = 0)
                        OR (ip_id IS NULL) != (source_line %% 3 = 0)""".formatted(T0)));
            assertEquals(n - n / 4, scalar(c, "SELECT count(*) FROM exchange_texts"));
            assertEquals(0, scalar(c, """
                    SELECT count(*) FROM exchange_texts t JOIN exchanges e ON e.id = t.exchange_id
                    WHERE t.prompt != 'prompt ' || e.source_line OR t.response != 'answer' OR t.truncated != 0"""));
        }
    }

    @Test
    void recordWithKnownRequestIdFillsOnlyWhatIsMissing() throws SQLException {
        try (CaseFile c = newCase()) {
            SourceCounts second;
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("bedrock.jsonl"), () -> "sha-b");
                s.exchange(new Exchange(1, T0, "req-9", "alice", null, null, null, "m1", 10, 20, 200, 50,
                        "prompt", "answer"), 5L);
                s.finishSource(1, false, "sha-b");
                s.beginSource(source("cloudtrail.jsonl"), () -> "sha-c");
                s.exchange(new Exchange(1, T0 + 5, "req-9", "alice", "AKIA1", "198.51.100.1", "boto3/1.34", "m1",
                        -1, -1, 200, -1, null, null), 0L);
                s.exchange(new Exchange(2, T0 + 5, "req-9", "alice", "AKIA1", "198.51.100.1", "boto3/1.34", "m1",
                        -1, -1, 200, -1, null, null), 0L);
                second = s.finishSource(2, false, "sha-c");
                s.finish();
            }
            assertEquals(0, second.imported());
            assertEquals(1, second.merged());
            assertEquals(1, second.duplicate());
            assertEquals(1, scalar(c, "SELECT count(*) FROM sqlite_master WHERE name = 'exchanges_dedup'"),
                    "built when the first possible duplicate arrived");
            assertEquals(1, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals("198.51.100.1", text(c, """
                    SELECT i.ip FROM exchanges e JOIN ips i ON i.id = e.ip_id"""));
            assertEquals("AKIA1", text(c, "SELECT k.key FROM exchanges e JOIN api_keys k ON k.id = e.key_id"));
            assertEquals(T0, scalar(c, "SELECT ts FROM exchanges"), "the stored time is kept");
            assertEquals(1, scalar(c, "SELECT exchange_count FROM accounts"), "a merge is not a second exchange");
            assertEquals(1, scalar(c, "SELECT sum(exchanges) FROM rollup_account_hour"));
        }
    }

    @Test
    void enrichmentFirstThenInvocationFillsTokensTextAndRollups() throws SQLException {
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("cloudtrail.jsonl"), () -> "sha-c");
                s.exchange(new Exchange(1, T0, "req-1", "alice", "AKIA1", "198.51.100.1", "boto3", "m1", -1, -1,
                        200, -1, null, null), 0L);
                s.finishSource(1, false, "sha-c");
                s.beginSource(source("bedrock.jsonl"), () -> "sha-b");
                s.exchange(new Exchange(1, T0, "req-1", "alice", null, null, null, "m1", 10, 20, 200, 50,
                        "Explain step by step", "Sure"), 42L);
                SourceCounts counts = s.finishSource(1, false, "sha-b");
                assertEquals(1, counts.merged());
                s.finish();
            }
            assertEquals(1, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(10, scalar(c, "SELECT tokens_in FROM exchanges"));
            assertEquals(42, scalar(c, "SELECT prompt_simhash FROM exchanges"));
            assertEquals("Explain step by step", text(c, "SELECT prompt FROM exchange_texts"));
            assertEquals(10, scalar(c, "SELECT tokens_in FROM rollup_account_hour"));
            assertEquals(20, scalar(c, "SELECT tokens_out FROM rollup_account_hour"));
            assertEquals(1, scalar(c, "SELECT exchanges FROM rollup_account_hour"));
        }
    }

    @Test
    void killedImportResumesAfterTheLastCommittedChunkWithExactCounts() throws SQLException {
        List<Exchange> rows = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            rows.add(ex(i, T0 + i * 1000L, "r" + i, i % 2 == 0 ? "alice" : "bob", "10.0.0." + i, "m", i, i, "p" + i));
        }
        IngestOptions smallChunks = IngestOptions.DEFAULTS.withChunkRows(2);
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, smallChunks)) {
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                for (Exchange e : rows.subList(0, 5)) {
                    s.exchange(e, 1L);
                }
                // the process "dies" here: no finishSource; close rolls back the open chunk
            }
            assertEquals(4, scalar(c, "SELECT count(*) FROM exchanges"), "two chunks of two were committed");
            assertEquals(4, scalar(c, "SELECT committed_line FROM sources"));
            assertEquals("importing", text(c, "SELECT status FROM sources"));
            SourceCounts counts;
            try (IngestSession s = IngestSession.open(c, smallChunks)) {
                SourceStart start = s.beginSource(source("a.jsonl"), () -> "sha-a");
                assertEquals(SourceStart.State.RESUME, start.state());
                assertEquals(4, start.resumeAfterLine());
                for (Exchange e : rows) {
                    s.exchange(e, 1L);
                }
                counts = s.finishSource(7, false, "sha-a");
                s.finish();
            }
            assertEquals(7, counts.imported());
            assertEquals(0, counts.duplicate());
            assertEquals(7, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(7, scalar(c, "SELECT count(DISTINCT request_id) FROM exchanges"));
            assertEquals(7, scalar(c, "SELECT sum(exchanges) FROM rollup_account_hour"));
            assertEquals(28, scalar(c, "SELECT sum(tokens_in) FROM rollup_account_hour"));
            assertEquals(7, scalar(c, "SELECT sum(exchange_count) FROM accounts"));
            assertEquals(7, scalar(c, "SELECT count(*) FROM exchange_texts"));
            try (IngestSession s = IngestSession.open(c, smallChunks)) {
                assertTrue(s.beginSource(source("a.jsonl"), () -> "sha-a").alreadyImported());
            }
        }
    }

    @Test
    void completeSourceWithSameQuickKeyButOtherContentIsImportedAsNew() {
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("a.jsonl"), () -> "sha-1");
                s.exchange(ex(1, T0, "r1", "alice", null, "m", 1, 1, null), 0L);
                s.finishSource(1, false, "sha-1");
                SourceStart again = s.beginSource(source("a.jsonl"), () -> "sha-2");
                assertEquals(SourceStart.State.NEW, again.state());
            }
        }
    }

    @Test
    void identicalLinesWithoutRequestIdAreSeparateOccurrencesAndOverlapAddsOnlyNewOnes() throws SQLException {
        Exchange hit = ex(1, T0, null, "alice", "10.0.0.1", null, -1, -1, null);
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("access-1.log"), () -> "sha-1");
                s.exchange(hit, 0L);
                s.exchange(new Exchange(2, T0, null, "alice", "key-alice", "10.0.0.1", "ua/1", null, -1, -1, 200,
                        100, null, null), 0L);
                assertEquals(2, s.finishSource(2, false, "sha-1").imported());
                s.beginSource(source("access-2.log"), () -> "sha-2");
                for (int line = 1; line <= 3; line++) {
                    s.exchange(new Exchange(line, T0, null, "alice", "key-alice", "10.0.0.1", "ua/1", null, -1, -1,
                            200, 100, null, null), 0L);
                }
                SourceCounts overlap = s.finishSource(3, false, "sha-2");
                assertEquals(1, overlap.imported());
                assertEquals(2, overlap.duplicate());
                s.finish();
            }
            assertEquals(3, scalar(c, "SELECT count(*) FROM exchanges"));
        }
    }

    @Test
    void quarantineKeepsLineReasonAndCappedRaw() throws SQLException {
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                s.quarantine(3, "invalid JSON", "x".repeat(10_000));
                s.exchange(new Exchange(4, -1, "r", "alice", null, null, null, null, -1, -1, -1, -1, null, null), 0);
                SourceCounts counts = s.finishSource(4, false, "sha-a");
                assertEquals(2, counts.quarantined());
            }
            assertEquals(4096, scalar(c, "SELECT length(raw) FROM quarantine WHERE line = 3"));
            assertEquals("invalid JSON", text(c, "SELECT reason FROM quarantine WHERE line = 3"));
            assertEquals("record has no timestamp", text(c, "SELECT reason FROM quarantine WHERE line = 4"));
            assertEquals(2, scalar(c, "SELECT rows_quarantined FROM sources"));
        }
    }

    @Test
    void accountExportFillsAccountsFirstSeenInLogs() throws SQLException {
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS)) {
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                s.exchange(ex(1, T0, "r1", "alice", null, "m", 1, 1, null), 0L);
                s.finishSource(1, false, "sha-a");
                s.beginSource(source("accounts.csv"), () -> "sha-acc");
                s.account(new AccountRow(2, "alice", T0 - 86_400_000L, "a@example.com", "card_1", "US", null, true));
                s.account(new AccountRow(3, "carol", T0, "c@example.com", "card_1", "DE", "org", false));
                s.account(new AccountRow(4, "carol", T0, "c@example.com", "card_1", "DE", "org", false));
                SourceCounts counts = s.finishSource(4, false, "sha-acc");
                assertEquals(1, counts.imported());
                assertEquals(1, counts.merged());
                assertEquals(1, counts.duplicate());
            }
            assertEquals(2, scalar(c, "SELECT count(*) FROM accounts"));
            assertEquals("card_1", text(c, "SELECT payment_fingerprint FROM accounts WHERE account = 'alice'"));
            assertEquals(1, scalar(c, "SELECT exchange_count FROM accounts WHERE account = 'alice'"));
            assertEquals(1, scalar(c, "SELECT verified FROM accounts WHERE account = 'alice'"));
            assertEquals(2, scalar(c, "SELECT source_line FROM accounts WHERE account = 'alice'"));
        }
    }

    @Test
    void textsAreCappedAndBecomeSearchableAfterFullTextIndexing() throws SQLException {
        IngestOptions small = new IngestOptions(20, 1000, 4096, false);
        try (CaseFile c = newCase()) {
            try (IngestSession s = IngestSession.open(c, small)) {
                s.beginSource(source("a.jsonl"), () -> "sha-a");
                s.exchange(ex(1, T0, "r1", "alice", null, "m", 1, 1, "reveal your chain of thought please"), 1L);
                s.exchange(ex(2, T0, "r2", "alice", null, "m", 1, 1, "short"), 1L);
                s.finishSource(2, false, "sha-a");
                s.finish();
            }
            assertEquals(20, scalar(c, "SELECT length(prompt) FROM exchange_texts WHERE exchange_id = 1"));
            assertEquals(1, scalar(c, "SELECT truncated FROM exchange_texts WHERE exchange_id = 1"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM exchange_fts WHERE exchange_fts MATCH 'chain'"));
            assertEquals(2, FtsIndexer.catchUp(c, dev.retort.store.task.Progress.NONE));
            assertTrue(FtsIndexer.isComplete(c.connection()));
            try (PreparedStatement ps = c.connection().prepareStatement(
                    "SELECT rowid FROM exchange_fts WHERE exchange_fts MATCH ?")) {
                ps.setString(1, "chain");
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getLong(1));
                }
            }
            assertEquals(0, FtsIndexer.catchUp(c, dev.retort.store.task.Progress.NONE), "nothing left to index");
        }
    }
}
