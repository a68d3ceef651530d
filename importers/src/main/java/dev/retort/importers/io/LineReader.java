package dev.retort.importers.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream line by line with a hard cap on how much of one line is kept in memory. Every parser shares
 * it, so a 50 MB line (or a binary file with no newline at all) costs at most {@code maxLineBytes} of heap: the
 * rest of such a line is skipped and counted, and {@link #oversized()} tells the parser to quarantine it.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it is dropped. The current line's bytes stay valid until the next
 * call to {@link #next()}. Not thread-safe.
 */
public final class LineReader implements Closeable {

    /** Default cap for one line: far above any real log row, small enough for a laptop. */
    public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private boolean eof;

    private byte[] line = new byte[1024];
    private int lineLen;
    private long lineFullLength;
    private boolean oversized;
    private long lineNumber;
    private long bytesRead;

    public LineReader(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    public LineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 16) {
            throw new IllegalArgumentException("maxLineBytes too small: " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line. Returns false at the end of the stream (a final line without newline counts). */
    public boolean next() throws IOException {
        lineLen = 0;
        lineFullLength = 0;
        oversized = false;
        boolean any = false;
        while (true) {
            if (chunkPos >= chunkLen) {
                if (eof || !fill()) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = chunkPos;
            int nl = Bytes.indexOfNewline(chunk, start, chunkLen);
            int end = nl < 0 ? chunkLen : nl;
            append(start, end - start);
            bytesRead += (nl < 0 ? end : nl + 1) - start;
            chunkPos = nl < 0 ? chunkLen : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        if (!oversized && lineLen > 0 && line[lineLen - 1] == '\r') {
            lineLen--;
            lineFullLength--;
        }
        lineNumber++;
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk, 0, CHUNK);
        if (n <= 0) {
            eof = true;
            chunkLen = 0;
            chunkPos = 0;
            return false;
        }
        chunkLen = n;
        chunkPos = 0;
        return true;
    }

    private void append(int from, int len) {
        lineFullLength += len;
        int room = maxLineBytes - lineLen;
        if (len > room) {
            oversized = true;
            len = room;
        }
        if (len <= 0) {
            return;
        }
        if (lineLen + len > line.length) {
            int want = Math.max(lineLen + len, Math.min(maxLineBytes, line.length * 2));
            line = Arrays.copyOf(line, want);
        }
        System.arraycopy(chunk, from, line, lineLen, len);
        lineLen += len;
    }

    /** 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The current line's bytes (without the line ending) are {@code buffer()[0 .. length())}. */
    public byte[] buffer() {
        return line;
    }

    /** How many bytes of the current line are held (at most the cap). */
    public int length() {
        return lineLen;
    }

    /** The current line's full length in bytes, including any part beyond the cap that was skipped. */
    public long fullLength() {
        return lineFullLength;
    }

    /** True when the current line was longer than the cap; only its first {@code maxLineBytes} are held. */
    public boolean oversized() {
        return oversized;
    }

    /** True when the current line holds only spaces and tabs (or nothing). */
    public boolean isBlank() {
        for (int i = 0; i < lineLen; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The current line decoded as UTF-8 (malformed bytes become U+FFFD). */
    public String text() {
        return new String(line, 0, lineLen, StandardCharsets.UTF_8);
    }

    /** At most the first {@code maxChars} characters of the current line, for quarantine and messages. */
    public String preview(int maxChars) {
        int n = Math.min(lineLen, maxChars * 4);
        String s = new String(line, 0, n, StandardCharsets.UTF_8);
        return s.length() > maxChars ? s.substring(0, maxChars) : s;
    }

    /** Bytes consumed from the underlying stream so far, line endings included. */
    public long bytesRead() {
        return bytesRead;
    }

    public int maxLineBytes() {
        return maxLineBytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
