package dev.retort.importers;

import dev.retort.importers.io.CountingInputStream;
import dev.retort.importers.io.LineCountingInputStream;
import dev.retort.importers.io.ReadAheadInputStream;
import dev.retort.store.ingest.IngestSession;
import dev.retort.store.task.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.function.LongSupplier;

/**
 * One file on its way to the writer: read ahead, hashed, decompressed, line-counted and parsed on threads of its
 * own from the moment it is started, so it can start before the writer has finished the file before it. One read
 * of the file: the SHA-256 is computed from the same bytes the parser reads.
 */
final class FileParse implements AutoCloseable {
    private final InputStream raw;
    private final CountingInputStream counted;
    private final MessageDigest sha = SourceFiles.sha256();
    private final LineCountingInputStream lines;
    private final ReadAheadInputStream ahead;
    private final Pipeline pipeline = new Pipeline();
    private boolean written;

    private FileParse(Path file, boolean gzip) throws IOException {
        raw = Files.newInputStream(file);
        try {
            counted = new CountingInputStream(new DigestInputStream(raw, sha));
            InputStream content = SourceFiles.content(new BufferedInputStream(new KeepOpen(counted), 1 << 16), gzip);
            lines = new LineCountingInputStream(content);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
        ahead = new ReadAheadInputStream(lines, "retort-read");
    }

    /** Opens the file and starts parsing it; {@code onParsed} as in {@link Pipeline#start}. */
    static FileParse start(Path file, boolean gzip, LogFormat format, Progress progress, Runnable onParsed)
            throws IOException {
        FileParse parse = new FileParse(file, gzip);
        parse.pipeline.start(format, parse.ahead, progress, onParsed);
        return parse;
    }

    /** Writes every record into the session (on the calling thread); whether the user cancelled. */
    boolean writeInto(IngestSession session, Progress progress, long bytesBefore, long bytesTotal, String label)
            throws IOException {
        written = true;
        LongSupplier bytesDone = () -> bytesBefore + counted.count();
        try {
            return pipeline.writeInto(session, progress, bytesDone, bytesTotal, label);
        } finally {
            ahead.close(); // stops the reader before the rest of the file is hashed on this thread
        }
    }

    /** The whole file's SHA-256, reading whatever the parser did not need. Call after {@link #writeInto}. */
    String sha256() throws IOException {
        counted.transferTo(OutputStream.nullOutputStream());
        return SourceFiles.hex(sha);
    }

    long lines() {
        return lines.lines();
    }

    long readCpuNanos() {
        return ahead.readerCpuNanos();
    }

    long parseCpuNanos() {
        return pipeline.parseCpuNanos();
    }

    /** Stops the parse if its records were never written (a file found already imported, an import stopped). */
    @Override
    public void close() throws IOException {
        try {
            if (!written) {
                pipeline.abandon();
            }
            ahead.close();
        } finally {
            raw.close();
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
}
