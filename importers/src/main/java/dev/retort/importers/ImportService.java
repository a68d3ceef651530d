package dev.retort.importers;

import dev.retort.store.CaseFile;
import dev.retort.store.ingest.FtsIndexer;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.ingest.IngestSession;
import dev.retort.store.ingest.SourceCounts;
import dev.retort.store.ingest.SourceDescriptor;
import dev.retort.store.ingest.SourceStart;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports files and directories into a case: detects each file's format from its content (or uses the one
 * given), records its SHA-256 and size, skips files already imported, resumes half-imported ones, and runs the
 * parse/write pipeline. Every line ends up as a record, a merge, a duplicate or a quarantine entry.
 */
public final class ImportService {

    /** What to import and how. {@code format} forces one format for every file (null: detect per file). */
    public record Request(List<Path> paths, LogFormat format, String paramsJson, boolean indexText) {
    }

    private final CaseFile caseFile;
    private final Formats formats;
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final IngestOptions options;
    private long readCpuNanos;
    private long parseCpuNanos;
    private long writeCpuNanos;

    public ImportService(CaseFile caseFile, Formats formats, IngestOptions options) {
        this.caseFile = caseFile;
        this.formats = formats;
        this.options = options;
    }

    public ImportSummary run(Request request, Progress progress) {
        List<SourceFiles.Candidate> files;
        long totalBytes = 0;
        try {
            files = SourceFiles.expand(request.paths());
            for (SourceFiles.Candidate c : files) {
                if (!Files.isRegularFile(c.path())) {
                    throw new IllegalArgumentException(c.path() + ": no such file");
                }
                totalBytes += Files.size(c.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files to import: " + e.getMessage(), e);
        }
        List<FileResult> results = new ArrayList<>();
        long start = System.nanoTime();
        double indexSeconds;
        boolean exclusiveLoad;
        try (IngestSession session = IngestSession.open(caseFile, options)) {
            long doneBytes = 0;
            try (Staging staging = new Staging(files, formats, request, progress)) {
                for (int i = 0; i < files.size(); i++) {
                    if (progress.isCancelled()) {
                        break;
                    }
                    FileResult r = importOne(session, staging.take(i), request, progress, doneBytes, totalBytes);
                    results.add(r);
                    doneBytes += r.bytes();
                    if (r.outcome() == FileResult.Outcome.CANCELLED) {
                        break;
                    }
                }
            }
            long indexStart = System.nanoTime();
            progress.update(totalBytes, totalBytes, "building indexes");
            session.finish();
            indexSeconds = seconds(indexStart);
            exclusiveLoad = session.exclusiveLoad();
        }
        double loadSeconds = seconds(start) - indexSeconds;
        double ftsSeconds = 0;
        long ftsTexts = 0;
        boolean cancelled = results.stream().anyMatch(r -> r.outcome() == FileResult.Outcome.CANCELLED);
        if (request.indexText() && !cancelled && !progress.isCancelled()) {
            long ftsStart = System.nanoTime();
            ftsTexts = FtsIndexer.catchUp(caseFile, progress);
            ftsSeconds = seconds(ftsStart);
        }
        return new ImportSummary(results, loadSeconds, indexSeconds, ftsSeconds, ftsTexts, readCpuNanos / 1e9,
                parseCpuNanos / 1e9, writeCpuNanos / 1e9, exclusiveLoad);
    }

    private FileResult importOne(IngestSession session, Staging.Staged staged, Request request, Progress progress,
                                 long doneBytes, long totalBytes) {
        Path file = staged.file();
        long started = System.nanoTime();
        try (FileParse parse = staged.parse()) {
            if (staged.failure() != null) {
                throw staged.failure();
            }
            if (staged.early() != null) {
                return staged.early();
            }
            LogFormat format = staged.format();
            long size = staged.size();
            SourceDescriptor d = new SourceDescriptor(file.toString(), file.getFileName().toString(),
                    staged.quickKey(), size, format.id(), request.paramsJson());
            SourceStart start = session.beginSource(d, () -> fullSha256(file));
            if (start.alreadyImported()) {
                return new FileResult(file, format.id(), FileResult.Outcome.ALREADY_IMPORTED, null,
                        file + ": already imported (source #" + start.sourceId() + ", same SHA-256), nothing to do",
                        size, seconds(started)); // closing the parse stops it
            }
            long writeStart = CPU.getCurrentThreadCpuTime();
            boolean cancelled = parse.writeInto(session, progress, doneBytes, totalBytes,
                    file.getFileName().toString());
            readCpuNanos += parse.readCpuNanos();
            parseCpuNanos += parse.parseCpuNanos();
            SourceCounts counts = session.finishSource(parse.lines(), cancelled, cancelled ? null : parse.sha256());
            writeCpuNanos += CPU.getCurrentThreadCpuTime() - writeStart;
            FileResult.Outcome outcome = cancelled ? FileResult.Outcome.CANCELLED
                    : start.state() == SourceStart.State.RESUME ? FileResult.Outcome.RESUMED
                    : FileResult.Outcome.IMPORTED;
            return new FileResult(file, format.id(), outcome, counts, null, size, seconds(started));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String fullSha256(Path file) {
        try {
            return SourceFiles.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
