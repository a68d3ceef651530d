package dev.retort.importers.service;

import static dev.retort.importers.service.ImportServiceTest.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.FileResult;
import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.importers.ImportSummary;
import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-file import parses the next file while the writer finishes the one before it: each file must still end
 * up as its own source with its own lines and hash, a file found already imported must stop its early parse, and
 * no reading or parsing thread may outlive the import.
 */
class StagedImportTest {
    private static final int LINES = 4000;

    @TempDir
    Path dir;

    private static ImportSummary run(CaseFile c, Progress progress, List<Path> files) {
        return run(c, progress, files, null);
    }

    private static ImportSummary run(CaseFile c, Progress progress, List<Path> files, LogFormat format) {
        return new ImportService(c, Formats.installed(), IngestOptions.DEFAULTS.withChunkRows(1500))
                .run(new ImportService.Request(files, format, "{}", false), progress);
    }

    private List<Path> dailyFiles(int count) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int f = 0; f < count; f++) {
            String name = "day-" + f + (f % 2 == 0 ? ".jsonl" : ".jsonl.gz");
            files.add(SpendLogs.write(dir.resolve(name), f * LINES + 1, (f + 1) * LINES, 0));
        }
        return files;
    }

    @Test
    void everyFileParsedAheadIsItsOwnSourceWithItsOwnLinesAndHash() throws Exception {
        List<Path> files = dailyFiles(6);
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            ImportSummary s = run(c, Progress.NONE, files);
            assertEquals(6, s.files().size());
            for (int f = 0; f < files.size(); f++) {
                FileResult r = s.files().get(f);
                assertEquals(files.get(f), r.path());
                assertEquals(FileResult.Outcome.IMPORTED, r.outcome());
                assertEquals(LINES, r.counts().imported());
                try (PreparedStatement ps = c.connection().prepareStatement("""
                        SELECT s.sha256, count(e.id), min(e.source_line), max(e.source_line),
                               min(e.request_id = 'r-' || (e.source_line + ?)), max(e.request_id = 'r-' || (e.source_line + ?))
                        FROM sources s JOIN exchanges e ON e.source_id = s.id WHERE s.path = ?
                        """)) {
                    ps.setLong(1, (long) f * LINES);
                    ps.setLong(2, (long) f * LINES);
                    ps.setString(3, files.get(f).toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(sha256(files.get(f)), rs.getString(1));
                        assertEquals(LINES, rs.getLong(2));
                        assertEquals(1, rs.getLong(3));
                        assertEquals(LINES, rs.getLong(4));
                        assertEquals(1, rs.getLong(5), "every row points at the line it came from");
                        assertEquals(1, rs.getLong(6));
                    }
                }
            }
            assertEquals(6L * LINES, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(6L * LINES, scalar(c, "SELECT sum(exchanges) FROM rollup_account_hour"));
        }
        assertNoImportThreadsLeft();
    }

    @Test
    void aCopyOfAnImportedFileMidListIsSkippedAndTheFilesAfterItImport() throws Exception {
        List<Path> days = dailyFiles(3);
        Path copy = Files.copy(days.get(0), dir.resolve("copy-of-day-0.jsonl"));
        List<Path> files = List.of(days.get(0), days.get(1), copy, days.get(2));
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            ImportSummary s = run(c, Progress.NONE, files);
            assertEquals(List.of(FileResult.Outcome.IMPORTED, FileResult.Outcome.IMPORTED,
                    FileResult.Outcome.ALREADY_IMPORTED, FileResult.Outcome.IMPORTED),
                    s.files().stream().map(FileResult::outcome).toList());
            assertEquals(3L * LINES, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(3, scalar(c, "SELECT count(*) FROM sources WHERE status = 'complete'"));
            assertEquals(3L * LINES, scalar(c, "SELECT sum(rows_imported) FROM sources"));
        }
        assertNoImportThreadsLeft();
    }

    @Test
    void cancellingInTheFirstFileStopsTheParseStagedAfterItAndImportingAgainFinishesAll() throws Exception {
        List<Path> files = threeFilesWithABigSecond();
        AtomicBoolean cancel = new AtomicBoolean();
        FirstFileEnd atTheEnd = new FirstFileEnd(() -> cancel.set(true)) {
            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            ImportSummary first = run(c, atTheEnd, files, atTheEnd.countingParses());
            assertTrue(atTheEnd.nextParseSeen, "the second file's parse started before the writer finished the first");
            assertEquals(1, first.files().size(), "nothing after the cancelled file");
            assertEquals(FileResult.Outcome.CANCELLED, first.files().get(0).outcome());
            assertNoImportThreadsLeft();
            assertTrue(scalar(c, "SELECT count(*) FROM exchanges") <= LINES);

            ImportSummary second = run(c, Progress.NONE, files);
            assertEquals(List.of(FileResult.Outcome.RESUMED, FileResult.Outcome.IMPORTED,
                    FileResult.Outcome.IMPORTED), second.files().stream().map(FileResult::outcome).toList());
            assertEquals(13L * LINES, scalar(c, "SELECT count(*) FROM exchanges"));
            assertEquals(13L * LINES, scalar(c, "SELECT count(DISTINCT request_id) FROM exchanges"));
        }
        assertNoImportThreadsLeft();
    }

    @Test
    void aWriterFailureInTheFirstFileStopsTheParseStagedAfterIt() throws Exception {
        List<Path> files = threeFilesWithABigSecond();
        try (CaseFile c = CaseFile.create(dir.resolve("case.retort"), "test")) {
            FirstFileEnd atTheEnd = new FirstFileEnd(() -> {
                try {
                    c.connection().close(); // every later write fails
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(RuntimeException.class, () -> run(c, atTheEnd, files, atTheEnd.countingParses()));
            assertTrue(atTheEnd.nextParseSeen, "the second file's parse started before the writer failed");
        }
        assertNoImportThreadsLeft();
    }

    /** 4,000, 44,000 and 4,000 lines: the second has more than the pipeline holds, so its parse cannot end alone. */
    private List<Path> threeFilesWithABigSecond() throws IOException {
        return List.of(SpendLogs.write(dir.resolve("day-0.jsonl"), 1, LINES, 0),
                SpendLogs.write(dir.resolve("day-1.jsonl.gz"), LINES + 1, 12 * LINES, 0),
                SpendLogs.write(dir.resolve("day-2.jsonl"), 12 * LINES + 1, 13 * LINES, 0));
    }

    /**
     * Progress that, when the writer reaches the first file's last batch, waits until the second file's parse has
     * started (as staging must make it) and then runs {@code action}. Use with {@link #countingParses()}.
     */
    private static class FirstFileEnd implements Progress {
        private final Runnable action;
        private final AtomicInteger parsesStarted = new AtomicInteger();
        private int updates;
        volatile boolean nextParseSeen;

        FirstFileEnd(Runnable action) {
            this.action = action;
        }

        @Override
        public void update(long done, long total, String message) {
            if (++updates == (LINES + 1023) / 1024) {
                nextParseSeen = waitFor(() -> parsesStarted.get() >= 2);
                action.run();
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        /** LiteLLM, counting the files whose parse has started. */
        LogFormat countingParses() {
            LogFormat litellm = Formats.installed().byId("litellm").orElseThrow();
            return new LogFormat() {
                @Override
                public String id() {
                    return litellm.id();
                }

                @Override
                public String description() {
                    return litellm.description();
                }

                @Override
                public double sniff(String head) {
                    return litellm.sniff(head);
                }

                @Override
                public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
                    parsesStarted.incrementAndGet();
                    litellm.parse(in, sink, progress);
                }
            };
        }
    }

    private static void assertNoImportThreadsLeft() {
        List<String> left = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().matches("retort-(parse|read)"))
                .map(Thread::getName).toList();
        assertEquals(List.of(), left, "reading or parsing threads still running after the import returned");
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
