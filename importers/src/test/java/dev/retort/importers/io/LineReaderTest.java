package dev.retort.importers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(String s, int cap) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), cap)) {
            while (r.next()) {
                out.add(r.text());
            }
        }
        return out;
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
        assertEquals(List.of("a", "bb", "", "c"), lines("a\r\nbb\n\nc", 1024));
    }

    @Test
    void emptyStreamHasNoLines() throws IOException {
        assertEquals(List.of(), lines("", 1024));
    }

    @Test
    void countsLinesAndBytes() throws IOException {
        byte[] data = "one\ntwo\r\nthree\n".getBytes(StandardCharsets.UTF_8);
        try (LineReader r = new LineReader(new ByteArrayInputStream(data))) {
            while (r.next()) {
                // read all
            }
            assertEquals(3, r.lineNumber());
            assertEquals(data.length, r.bytesRead());
        }
    }

    @Test
    void oversizedLineIsCappedFlaggedAndTheNextLineStillReads() throws IOException {
        long fifty = 50L * 1024 * 1024;
        InputStream huge = new InputStream() { // 50 MB of 'x' then "\nok\n", generated on the fly
            long pos;

            @Override
            public int read() {
                if (pos < fifty) {
                    pos++;
                    return 'x';
                }
                String tail = "\nok\n";
                int i = (int) (pos++ - fifty);
                return i < tail.length() ? tail.charAt(i) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        break;
                    }
                    b[off + n++] = (byte) c;
                }
                return n == 0 ? -1 : n;
            }
        };
        try (LineReader r = new LineReader(huge, 1024 * 1024)) {
            assertTrue(r.next());
            assertTrue(r.oversized());
            assertEquals(1024 * 1024, r.length());
            assertTrue(r.buffer().length <= 1024 * 1024, "never holds more than the cap");
            assertEquals(fifty, r.fullLength());
            assertTrue(r.next());
            assertFalse(r.oversized());
            assertEquals("ok", r.text());
            assertEquals(2, r.lineNumber());
            assertFalse(r.next());
        }
    }

    @Test
    void lineLongerThanOneChunkIsKeptWhole() throws IOException {
        String longLine = "y".repeat(200_000);
        assertEquals(List.of(longLine, "z"), lines(longLine + "\nz\n", 1024 * 1024));
    }
}
