package dev.retort.importers.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.FileResult;
import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.importers.ImportSummary;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path dir;

    private CaseFile newCase() {
        return CaseFile.create(dir.resolve("case.retort"), "test");
    }

    private static ImportSummary run(CaseFile c, IngestOptions options, Progress progress, Path... paths) {
        return new ImportService(c, Formats.installed(), options)
                .run(new ImportService.Request(List.of(paths), null, "{}", true), progress);
    }

    private static ImportSummary run(CaseFile c, Path... paths) {
        return run(c, IngestOptions.DEFAULTS, Progress.NONE, paths);
    }

    static long scalar(CaseFile c, String sql) throws SQLException {
        try (Statement st = c.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Test
    void reimportingTheSameFileIsANoOpThatSaysSo() throws Exception {
        Path log = SpendLogs.write(dir.resolve("spend.jsonl"), 1, 500, 0);
        try (CaseFile c = newCase()) {
            ImportSummary first = run(c, log);
            assertEquals(FileResult.Outcome.IMPORTED, first.files().get(0).outcome());
            assertEquals(500, first.imported());
            ImportSummary again = run(c, log);
            FileResult r = again.files().get(0);
            assertEquals(FileResult.Outcome.ALREADY_IMPORTED, r.outcome());
            assertTrue(r.message().contains("already imported"), r.message());
            assertEquals(500, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(1, scalar(c, "SELECT count(*) FROM sources"));
            assertEquals(1, scalar(c, "SELECT count(*) FROM audit_log WHERE action = 'import.unchanged'"));
        }
    }

    @Test
    void overlappingExportAddsOnlyTheNewExchanges() throws Exception {
        Path a = SpendLogs.write(dir.resolve("export-1.jsonl"), 1, 300, 0);
        Path b = SpendLogs.write(dir.resolve("export-2.jsonl"), 201, 450, 0);
        try (CaseFile c = newCase()) {
            run(c, a);
            ImportSummary second = run(c, b);
            assertEquals(150, second.files().get(0).counts().imported());
            assertEquals(100, second.files().get(0).counts().duplicate());
            assertEquals(450, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(450, scalar(c, "SELECT sum(exchanges) FROM rollup_account_hour"));
        }
    }

    @Test
    void directoryWithGzipAndAccountExportImportsBothAndSkipsOtherFiles() throws Exception {
        Path data = Files.createDirectories(dir.resolve("export"));
        SpendLogs.write(data.resolve("litellm-2026-04-01.jsonl.gz"), 1, 200, 0);
        Files.writeString(data.resolve("accounts.csv"), """
                account_id,created_at,email,payment_fingerprint,country,org_id,verified
                acct-1,2026-03-01T00:00:00Z,a@example.com,card_9,US,,true
                acct-new,2026-03-02T00:00:00Z,n@example.com,card_9,US,,false
                """);
        Files.writeString(data.resolve("truth.json"), "{\"preset\":\"demo\"}");
        try (CaseFile c = newCase()) {
            ImportSummary s = run(c, data);
            assertEquals(3, s.files().size());
            assertEquals(FileResult.Outcome.IMPORTED, s.files().get(0).outcome()); // accounts.csv sorts first
            assertEquals(FileResult.Outcome.IMPORTED, s.files().get(1).outcome());
            assertEquals("litellm", s.files().get(1).format());
            assertEquals(FileResult.Outcome.SKIPPED, s.files().get(2).outcome());
            assertTrue(!s.anyRefused(), "files found in a directory are skipped, not refused");
            assertEquals(200, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(38, scalar(c, "SELECT count(*) FROM accounts"), "37 from the log + 1 only in the export");
            assertEquals(1, scalar(c, "SELECT count(*) FROM accounts WHERE account = 'acct-1' "
                    + "AND payment_fingerprint = 'card_9' AND exchange_count > 0"));
        }
    }

    @Test
    void unknownFileNamedOnTheCommandLineIsRefusedWithItsNameAndWhatWasExpected() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "meeting notes, nothing to import\n");
        try (CaseFile c = newCase()) {
            ImportSummary s = run(c, notes);
            FileResult r = s.files().get(0);
            assertEquals(FileResult.Outcome.REFUSED, r.outcome());
            assertTrue(r.message().contains("notes.txt"), r.message());
            assertTrue(r.message().contains("expected one of") && r.message().contains("litellm"), r.message());
            assertEquals(0, scalar(c, "SELECT count(*) FROM sources"));
        }
    }

    @Test
    void binaryFileIsRefusedAndEmptyFileImportsNothing() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(1).nextBytes(garbage);
        Path bin = Files.write(dir.resolve("dump.bin"), garbage);
        Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        try (CaseFile c = newCase()) {
            ImportSummary s = run(c, bin, empty);
            assertEquals(FileResult.Outcome.REFUSED, s.files().get(0).outcome());
            assertTrue(s.files().get(0).message().contains("binary"), s.files().get(0).message());
            assertEquals(FileResult.Outcome.EMPTY, s.files().get(1).outcome());
            assertEquals(0, scalar(c, "SELECT count(*) FROM exchanges"));
        }
    }

    @Test
    void everyLineIsAccountedForAsRecordOrQuarantine() throws Exception {
        Path log = SpendLogs.write(dir.resolve("mixed.jsonl"), 1, 1000, 10);
        try (CaseFile c = newCase()) {
            ImportSummary s = run(c, log);
            var counts = s.files().get(0).counts();
            assertEquals(1000, counts.linesRead());
            assertEquals(900, counts.imported());
            assertEquals(100, counts.quarantined());
            assertEquals(100, scalar(c, "SELECT count(*) FROM quarantine WHERE reason LIKE 'invalid JSON%'"));
            assertEquals(10, scalar(c, "SELECT min(line) FROM quarantine"));
            assertTrue(scalar(c, "SELECT min(length(raw)) FROM quarantine") > 0, "raw text kept");
        }
    }

    @Test
    void cancelledImportLeavesAConsistentCaseAndImportingAgainResumes() throws Exception {
        Path log = SpendLogs.write(dir.resolve("big.jsonl"), 1, 20_000, 0);
        AtomicBoolean cancel = new AtomicBoolean();
        Progress cancelSoon = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (done > 0) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        IngestOptions small = IngestOptions.DEFAULTS.withChunkRows(1000);
        try (CaseFile c = newCase()) {
            ImportSummary first = run(c, small, cancelSoon, log);
            assertEquals(FileResult.Outcome.CANCELLED, first.files().get(0).outcome());
            long partial = scalar(c, "SELECT count(*) FROM exchanges");
            assertTrue(partial < 20_000, "stopped early: " + partial);
            ImportSummary second = run(c, small, Progress.NONE, log);
            assertEquals(FileResult.Outcome.RESUMED, second.files().get(0).outcome());
            assertEquals(20_000, second.files().get(0).counts().imported());
            assertEquals(20_000, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(20_000, scalar(c, "SELECT count(DISTINCT request_id) FROM exchanges"));
            assertEquals(20_000, scalar(c, "SELECT sum(exchanges) FROM rollup_account_hour"));
        }
    }

    @Test
    void truncatedGzipKeepsWhatWasReadAndQuarantinesWhereItBroke() throws Exception {
        Path whole = SpendLogs.write(dir.resolve("whole.jsonl.gz"), 1, 5000, 0);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        try (OutputStream out = Files.newOutputStream(cut)) {
            out.write(bytes, 0, bytes.length / 2);
        }
        try (CaseFile c = newCase()) {
            ImportSummary s = run(c, cut);
            var counts = s.files().get(0).counts();
            assertTrue(counts.imported() > 1000 && counts.imported() < 5000, "kept: " + counts.imported());
            assertTrue(scalar(c, "SELECT count(*) FROM quarantine WHERE reason LIKE 'file unreadable%'") == 1
                    || scalar(c, "SELECT count(*) FROM quarantine WHERE reason LIKE 'invalid JSON%'") >= 1);
        }
    }

    @Test
    void fileHashIsTheSha256OfItsBytes() throws Exception {
        Path log = SpendLogs.write(dir.resolve("spend.jsonl.gz"), 1, 50, 0);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        String expected = java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(log)));
        try (CaseFile c = newCase()) {
            run(c, log);
            try (Statement st = c.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT sha256, size_bytes, format FROM sources")) {
                rs.next();
                assertEquals(expected, rs.getString(1));
                assertEquals(Files.size(log), rs.getLong(2));
                assertEquals("litellm", rs.getString(3));
            }
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
