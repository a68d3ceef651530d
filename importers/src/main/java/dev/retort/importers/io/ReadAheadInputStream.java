package dev.retort.importers.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads its source on a thread of its own, a few chunks ahead of the consumer: reading, hashing and decompressing a
 * file then run beside the JSON parsing and the SQLite writes instead of in series with the parsing (ADR 0006).
 * A read error reaches the consumer where it happened, after every byte read before it.
 */
public final class ReadAheadInputStream extends InputStream {
    private static final int CHUNK = 256 * 1024;
    private static final int CHUNKS_AHEAD = 8;
    private static final Chunk END = new Chunk(new byte[0], 0, null);

    private record Chunk(byte[] data, int length, IOException error) {
    }

    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);
    private final Thread reader;
    private volatile boolean closed;
    private volatile long readerCpuNanos;
    private final byte[] one = new byte[1];
    private Chunk current;
    private int position;

    /** Starts reading {@code source} at once; {@link #close()} stops the reader but leaves {@code source} open. */
    public ReadAheadInputStream(InputStream source, String threadName) {
        reader = new Thread(() -> fill(source), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || position == current.length()) {
            if (current == END) {
                return -1;
            }
            if (current != null && current.error() != null) {
                throw current.error(); // and again on every later read: the stream ends here
            }
            if (current != null && current.data().length == CHUNK) {
                spare.offer(current.data());
            }
            current = take();
            position = 0;
        }
        int n = Math.min(len, current.length() - position);
        System.arraycopy(current.data(), position, b, off, n);
        position += n;
        return n;
    }

    /** CPU time the reading thread used (complete once the stream is closed). */
    public long readerCpuNanos() {
        return readerCpuNanos;
    }

    /** Stops the reading thread and waits for it; the source stream is not closed. */
    @Override
    public void close() throws IOException {
        closed = true;
        filled.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the read-ahead");
        }
    }

    private Chunk take() throws IOException {
        try {
            return filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
    }

    private void fill(InputStream source) {
        try {
            while (!closed) {
                byte[] buf = spare.poll();
                if (buf == null) {
                    buf = new byte[CHUNK];
                }
                int n = 0;
                IOException error = null;
                try {
                    int r;
                    while (n < CHUNK && (r = source.read(buf, n, CHUNK - n)) >= 0) {
                        n += r;
                    }
                } catch (IOException e) {
                    error = e;
                } catch (RuntimeException e) { // a broken decompressor must not leave the consumer waiting
                    error = new IOException(e.getMessage(), e);
                }
                if (n > 0 && !put(new Chunk(buf, n, null))) {
                    return;
                }
                if (error != null) {
                    put(new Chunk(new byte[0], 0, error));
                    return;
                }
                if (n < CHUNK) {
                    put(END);
                    return;
                }
            }
        } finally {
            readerCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    /** Hands a chunk over, waiting for room; false when the consumer closed the stream meanwhile. */
    private boolean put(Chunk chunk) {
        try {
            while (!closed) {
                if (filled.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
