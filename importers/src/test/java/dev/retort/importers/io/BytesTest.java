package dev.retort.importers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void eightByteScanFindsAndCountsExactlyTheNewlinesTheSimpleLoopFinds() {
        Random rnd = new Random(11);
        for (int round = 0; round < 2000; round++) {
            byte[] a = new byte[rnd.nextInt(100)];
            for (int i = 0; i < a.length; i++) { // newlines, bytes one bit away from '\n', high bytes, others
                int k = rnd.nextInt(6);
                a[i] = (byte) (k == 0 ? '\n' : k == 1 ? 0x0B : k == 2 ? 0x8A : k == 3 ? 0x0A ^ 0x80 : rnd.nextInt(256));
            }
            int from = a.length == 0 ? 0 : rnd.nextInt(a.length);
            int to = from + (a.length == from ? 0 : rnd.nextInt(a.length - from + 1));
            int first = -1;
            int count = 0;
            for (int i = from; i < to; i++) {
                if (a[i] == '\n') {
                    count++;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            assertEquals(first, Bytes.indexOfNewline(a, from, to));
            assertEquals(count, Bytes.countNewlines(a, from, to));
        }
    }

    @Test
    void eightByteScanStopsAtExactlyTheFirstByteThatEndsAPlainStringRun() {
        Random rnd = new Random(12);
        byte[] near = {'"', '\\', 0x1F, 0x20, 0x21, 0x5B, 0x5D, 0x7F, (byte) 0x80, (byte) 0xA2, (byte) 0xDC, 0x00, 'a'};
        for (int round = 0; round < 5000; round++) {
            byte[] a = new byte[rnd.nextInt(60)];
            for (int i = 0; i < a.length; i++) { // mostly plain text, with the bytes on either side of each rule
                a[i] = rnd.nextInt(4) == 0 ? near[rnd.nextInt(near.length)] : (byte) ('a' + rnd.nextInt(26));
            }
            int from = a.length == 0 ? 0 : rnd.nextInt(a.length);
            int to = from + (a.length == from ? 0 : rnd.nextInt(a.length - from + 1));
            int expected = to;
            for (int i = from; i < to; i++) {
                if (a[i] == '"' || a[i] == '\\' || (a[i] & 0xFF) < 0x20 || (a[i] & 0xFF) >= 0x80) {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, Bytes.indexOfStringSpecial(a, from, to));
        }
    }

    @Test
    void lineCountingStreamCountsAFinalLineWithoutNewline() throws IOException {
        try (LineCountingInputStream in = new LineCountingInputStream(
                new ByteArrayInputStream("a\nbb\n\nccc".getBytes()))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            assertEquals(4, in.lines());
        }
        try (LineCountingInputStream in = new LineCountingInputStream(
                new ByteArrayInputStream("a\nbb\n".getBytes()))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            assertEquals(2, in.lines());
        }
    }
}
