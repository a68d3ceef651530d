package dev.retort.importers.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the lines that pass through it (a last line without a newline counts too), whatever parser reads them. */
public final class LineCountingInputStream extends FilterInputStream {
    private long newlines;
    private boolean pendingPartial;

    public LineCountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            newlines += Bytes.countNewlines(b, off, off + n);
            pendingPartial = b[off + n - 1] != '\n';
        }
        return n;
    }

    private void count(byte b) {
        if (b == '\n') {
            newlines++;
            pendingPartial = false;
        } else {
            pendingPartial = true;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Lines seen so far. */
    public long lines() {
        return newlines + (pendingPartial ? 1 : 0);
    }
}
