package dev.retort.importers;

import dev.retort.importers.io.CountingInputStream;
import dev.retort.importers.io.LineCountingInputStream;
import dev.retort.importers.io.ReadAheadInputStream;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.FtsIndexer;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.ingest.IngestSession;
import dev.retort.store.ingest.SourceCounts;
import dev.retort.store.ingest.SourceDescriptor;
import dev.retort.store.ingest.SourceStart;
import dev.retort.store.task.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
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
            for (SourceFiles.Candidate c : files) {
                if (progress.isCancelled()) {
                    break;
                }
                FileResult r = importOne(session, c, request, progress, doneBytes, totalBytes);
                results.add(r);
                doneBytes += r.bytes();
                if (r.outcome() == FileResult.Outcome.CANCELLED) {
                    break;
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

    private FileResult importOne(IngestSession session, SourceFiles.Candidate c, Request request, Progress progress,
                                 long doneBytes, long totalBytes) {
        Path file = c.path();
        long started = System.nanoTime();
        try {
            long size = Files.size(file);
            boolean gzip = SourceFiles.isGzip(file);
            String head = SourceFiles.head(file, gzip);
            if (SourceFiles.blank(head)) {
                return new FileResult(file, null, FileResult.Outcome.EMPTY, null,
                        file + ": empty, nothing to import", size, seconds(started));
            }
            LogFormat format = request.format();
            if (format == null) {
                format = SourceFiles.looksBinary(head) ? null : formats.detect(head).orElse(null);
                if (format == null) {
                    String why = file + ": not a known log format" + (SourceFiles.looksBinary(head) ? " (binary data)"
                            : "") + "; expected one of: " + formats.describe()
                            + " (use --format to force one, or --mapping for other CSV/JSONL)";
                    return new FileResult(file, null, c.fromDirectory() ? FileResult.Outcome.SKIPPED
                            : FileResult.Outcome.REFUSED, null, why, size, seconds(started));
                }
            }
            String refusal = format.refusal(head);
            if (refusal != null) {
                return new FileResult(file, format.id(), FileResult.Outcome.REFUSED, null, file + ": " + refusal,
                        size, seconds(started));
            }
            SourceDescriptor d = new SourceDescriptor(file.toString(), file.getFileName().toString(),
                    SourceFiles.quickKey(file), size, format.id(), request.paramsJson());
            SourceStart start = session.beginSource(d, () -> fullSha256(file));
            if (start.alreadyImported()) {
                return new FileResult(file, format.id(), FileResult.Outcome.ALREADY_IMPORTED, null,
                        file + ": already imported (source #" + start.sourceId() + ", same SHA-256), nothing to do",
                        size, seconds(started));
            }
            // One read of the file: the SHA-256 is computed from the same bytes the parser reads.
            MessageDigest sha = SourceFiles.sha256();
            SourceCounts counts;
            boolean cancelled;
            try (InputStream raw = Files.newInputStream(file)) {
                CountingInputStream counted = new CountingInputStream(new DigestInputStream(raw, sha));
                InputStream content = SourceFiles.content(new BufferedInputStream(new KeepOpen(counted), 1 << 16),
                        gzip);
                LineCountingInputStream lines = new LineCountingInputStream(content);
                Pipeline pipeline = new Pipeline();
                long writeStart = CPU.getCurrentThreadCpuTime();
                ReadAheadInputStream ahead = new ReadAheadInputStream(lines, "retort-read");
                try {
                    cancelled = pipeline.run(format, ahead, session, progress,
                            () -> doneBytes + counted.count(), totalBytes, file.getFileName().toString());
                } finally {
                    ahead.close(); // stops the reader before the rest of the file is hashed on this thread
                }
                readCpuNanos += ahead.readerCpuNanos();
                parseCpuNanos += pipeline.parseCpuNanos();
                String digest = null;
                if (!cancelled) {
                    counted.transferTo(OutputStream.nullOutputStream()); // bytes the parser did not need
                    digest = SourceFiles.hex(sha);
                }
                counts = session.finishSource(lines.lines(), cancelled, digest);
                writeCpuNanos += CPU.getCurrentThreadCpuTime() - writeStart;
            }
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

    /** Lets the parser close its streams without closing the file, which is still needed for the digest. */
    private static final class KeepOpen extends java.io.FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public void close() {
            // the owner closes the file
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
