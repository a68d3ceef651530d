package dev.retort.app.cli;

import dev.retort.importers.FileResult;
import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.importers.ImportSummary;
import dev.retort.importers.LogFormat;
import dev.retort.importers.mapping.SavedMapping;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.ingest.SourceCounts;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort import --case C PATH... [--format F] [--mapping m.json]}. */
@Command(name = "import", description = "Import log files, directories or .gz files into a case.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "the case file (.retort)")
    Path casePath;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or directories to import")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "F",
            description = "force one format for every file (default: detect from content)")
    String format;

    @Option(names = "--mapping", paramLabel = "MAPPING.json",
            description = "a saved column mapping for CSV/JSONL exports Retort does not know: exchanges, or account"
                    + " exports with \"kind\": \"accounts\"")
    Path mapping;

    @Option(names = "--no-fts", description = "leave full-text indexing for later (the case is usable at once)")
    boolean noFts;

    @Option(names = "--text-cap", paramLabel = "CHARS", description = "longest prompt/response kept (default 32768)")
    int textCap = IngestOptions.DEFAULTS.textCapChars();

    @Option(names = "--shared", description = "let other processes (an open window) read the case during the import;"
            + " slower: every new page goes through the WAL (default when nothing else has the case open: the case"
            + " is taken for the import alone)")
    boolean shared;

    @Option(names = "--quiet", description = "no progress line on stderr")
    boolean quiet;

    @Option(names = "--stats", description = "also print peak heap and the case's bytes per exchange (benchmarks)")
    boolean stats;

    @Override
    public Integer call() throws IOException {
        HeapPeak heap = HeapPeak.watch();
        Formats formats = Formats.installed();
        LogFormat forced = null;
        String params;
        if (mapping != null && format != null) {
            throw new IllegalArgumentException("give --format or --mapping, not both");
        }
        if (mapping != null) {
            SavedMapping m = SavedMapping.load(mapping);
            try {
                forced = m.format();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(mapping + ": " + e.getMessage(), e);
            }
            params = "{\"mapping\":" + m.toJson() + "}";
        } else if (format != null) {
            forced = formats.byId(format).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + format + "'; known: " + formats.describe()));
            params = "{\"format\":\"" + forced.id() + "\"}";
        } else {
            params = "{\"format\":\"detected\"}";
        }
        PrintWriter out = spec.commandLine().getOut();
        IngestOptions options = new IngestOptions(textCap, IngestOptions.DEFAULTS.chunkRows(),
                IngestOptions.DEFAULTS.quarantineRawCap(), !shared);
        ImportSummary summary;
        try (CaseFile c = CaseFile.open(casePath)) {
            CliProgress progress = new CliProgress(spec.commandLine().getErr(), quiet);
            summary = new ImportService(c, formats, options)
                    .run(new ImportService.Request(paths, forced, params, !noFts), progress);
            progress.done();
            print(out, summary);
            printQuarantine(out, c, summary);
        }
        if (stats) {
            printStats(out, heap);
            long records = summary.total(c -> c.accepted());
            out.printf("stats: load %s%n", summary.exclusiveLoad() ? "with the case to itself (rollback journal)"
                    : "shared (WAL)");
            double per = 1e6 / Math.max(1, records);
            out.printf("stats: CPU read %.1f s (%.1f us/record), parse %.1f s (%.1f us/record), write %.1f s"
                            + " (%.1f us/record)%n", summary.readCpuSeconds(), per * summary.readCpuSeconds(),
                    summary.parseCpuSeconds(), per * summary.parseCpuSeconds(), summary.writeCpuSeconds(),
                    per * summary.writeCpuSeconds());
        }
        out.flush();
        return summary.anyRefused() ? 2 : 0;
    }

    private static void print(PrintWriter out, ImportSummary s) {
        long lines = 0;
        long imported = 0;
        long merged = 0;
        long dup = 0;
        long quarantined = 0;
        for (FileResult r : s.files()) {
            SourceCounts c = r.counts();
            String name = r.path().toString();
            switch (r.outcome()) {
                case IMPORTED, RESUMED, CANCELLED -> {
                    out.printf("%-9s %s [%s]: %,d new, %,d merged, %,d duplicate, %,d quarantined; %,d lines, %.1f s%n",
                            r.outcome().name().toLowerCase(), name, r.format(), c.imported(), c.merged(),
                            c.duplicate(), c.quarantined(), c.linesRead(), r.seconds());
                    lines += c.linesRead();
                    imported += c.imported();
                    merged += c.merged();
                    dup += c.duplicate();
                    quarantined += c.quarantined();
                }
                case ALREADY_IMPORTED -> out.printf("unchanged %s%n", r.message());
                case REFUSED -> out.printf("refused   %s%n", r.message());
                case SKIPPED -> out.printf("skipped   %s%n", r.message());
                case EMPTY -> out.printf("empty     %s%n", r.message());
                default -> throw new IllegalStateException();
            }
        }
        double rate = s.loadSeconds() + s.indexSeconds() > 0
                ? (imported + merged + dup) / (s.loadSeconds() + s.indexSeconds()) : 0;
        out.printf("total: %,d new, %,d merged, %,d duplicate, %,d quarantined from %,d lines; "
                        + "load %.1f s + indexes %.1f s (%,.0f records/s)%n",
                imported, merged, dup, quarantined, lines, s.loadSeconds(), s.indexSeconds(), rate);
        if (s.ftsTexts() > 0) {
            out.printf("full-text index: %,d texts in %.1f s (%,.0f texts/s)%n", s.ftsTexts(), s.ftsSeconds(),
                    s.ftsTexts() / Math.max(s.ftsSeconds(), 1e-9));
        }
        if (s.cancelled()) {
            out.println("cancelled: import the same files again to resume where it stopped");
        }
    }

    private void printStats(PrintWriter out, HeapPeak heap) throws IOException {
        long peak = heap.bytes();
        long exchanges;
        try (CaseFile c = CaseFile.open(casePath);
             java.sql.Statement st = c.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM exchanges")) {
            exchanges = rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count exchanges: " + e.getMessage(), e);
        }
        long bytes = java.nio.file.Files.size(casePath);
        out.printf("stats: peak heap after GC %.0f MB (limit %.0f MB); case %,d bytes for %,d exchanges"
                        + " = %.0f bytes/exchange%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, bytes, exchanges,
                bytes / (double) Math.max(1, exchanges));
    }

    private static void printQuarantine(PrintWriter out, CaseFile c, ImportSummary s) {
        if (s.quarantined() == 0) {
            return;
        }
        out.println("quarantined lines by reason (see the Sources view for each line):");
        try (PreparedStatement ps = c.connection().prepareStatement("""
                SELECT s.file_name, q.reason, count(*), min(q.line)
                FROM quarantine q JOIN sources s ON s.id = q.source_id
                WHERE q.source_id = ?
                GROUP BY s.file_name, q.reason ORDER BY count(*) DESC LIMIT 10
                """)) {
            for (FileResult r : s.files()) {
                if (r.counts() == null || r.counts().quarantined() == 0) {
                    continue;
                }
                ps.setLong(1, r.counts().sourceId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.printf("  %s: %,d x %s (first at line %d)%n", rs.getString(1), rs.getLong(3),
                                rs.getString(2), rs.getLong(4));
                    }
                }
            }
        } catch (SQLException e) {
            out.println("  (cannot list quarantine: " + e.getMessage() + ")");
        }
    }

    /** A progress line on stderr, at most twice a second: percent, rate and ETA. */
    static final class CliProgress implements Progress {
        private final PrintWriter err;
        private final boolean quiet;
        private final long start = System.nanoTime();
        private long lastPrint;
        private boolean printed;

        CliProgress(PrintWriter err, boolean quiet) {
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void update(long done, long total, String message) {
            long now = System.nanoTime();
            if (quiet || now - lastPrint < 500_000_000L) {
                return;
            }
            lastPrint = now;
            double secs = (now - start) / 1e9;
            String pct = total > 0 ? String.format("%3.0f%%", 100.0 * done / total) : "    ";
            String eta = total > 0 && done > 0 ? String.format("ETA %.0f s", secs * (total - done) / done) : "";
            err.printf("\r%s %-60.60s %.0f MB/s %s   ", pct, message, done / 1e6 / Math.max(secs, 1e-3), eta);
            err.flush();
            printed = true;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        void done() {
            if (printed) {
                err.println();
                err.flush();
            }
        }
    }
}
