package dev.retort.importers.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {

    @Test
    void deliversEveryByteInOrderWhateverTheReadSizes() throws IOException {
        byte[] data = new byte[3 * 256 * 1024 + 12_345];
        new Random(5).nextBytes(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random sizes = new Random(9);
        try (ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data), "test-read")) {
            byte[] buf = new byte[70_000];
            int n;
            while ((n = in.read(buf, 0, 1 + sizes.nextInt(buf.length))) >= 0) {
                out.write(buf, 0, n);
            }
            assertEquals(-1, in.read(), "the end stays the end");
        }
        assertArrayEquals(data, out.toByteArray());
    }

    @Test
    void aReadErrorArrivesAfterTheBytesReadBeforeItAndRepeats() throws IOException {
        byte[] good = "line one\nline two\n".getBytes();
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at < good.length) {
                    return good[at++];
                }
                throw new IOException("Unexpected end of ZLIB input stream");
            }
        };
        try (ReadAheadInputStream in = new ReadAheadInputStream(failing, "test-read")) {
            byte[] got = in.readNBytes(good.length);
            assertArrayEquals(good, got);
            IOException first = assertThrows(IOException.class, in::read);
            assertTrue(first.getMessage().contains("ZLIB"));
            assertThrows(IOException.class, in::read, "a damaged stream does not pretend to end cleanly");
        }
    }

    @Test
    void closeStopsTheReaderEvenIfTheSourceHasMore() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        ReadAheadInputStream in = new ReadAheadInputStream(endless, "test-read");
        assertEquals('x', in.read());
        in.close(); // returns only once the reading thread has stopped
        assertTrue(in.readerCpuNanos() >= 0);
    }
}
