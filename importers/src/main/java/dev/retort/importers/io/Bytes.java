package dev.retort.importers.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Newline scanning eight bytes at a time (SWAR): every imported byte passes through these loops twice (finding
 * line ends, counting lines), so they matter at hundreds of MB/s.
 */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long TO_0X80_FROM_0X20 = 0x6060606060606060L;

    private Bytes() {}

    /** Marks (high bit set) exactly the bytes of {@code word} that are '\n'. */
    private static long newlineBytes(long word) {
        long x = word ^ NEWLINES;                 // '\n' bytes become 0
        long t = (x & LOW7) + LOW7;               // high bit set where the low 7 bits are not all 0
        return ~(t | x | LOW7);                   // high bit set only where the whole byte is 0
    }

    /** Marks (high bit set) exactly the bytes of {@code word} equal to the byte repeated in {@code pattern}. */
    private static long equalBytes(long word, long pattern) {
        long x = word ^ pattern;
        long t = (x & LOW7) + LOW7;
        return ~(t | x | LOW7);
    }

    /**
     * Index of the first byte in {@code a[from, to)} that ends a plain run inside a JSON string: a quote, a
     * backslash, a control character (below 0x20) or a byte of a multi-byte UTF-8 character (0x80 and up); or
     * {@code to} if there is none.
     */
    static int indexOfStringSpecial(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(a, i);
            long controlOrHigh = (~((w & LOW7) + TO_0X80_FROM_0X20) | w) & HIGH;
            long m = controlOrHigh | equalBytes(w, QUOTES) | equalBytes(w, BACKSLASHES);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte c = a[i];
            if (c == '"' || c == '\\' || c < 0x20) {
                return i;
            }
        }
        return to;
    }

    /** Index of the first '\n' in {@code a[from, to)}, or -1. */
    static int indexOfNewline(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long m = newlineBytes((long) LONGS.get(a, i));
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Number of '\n' bytes in {@code a[from, to)}. */
    static int countNewlines(byte[] a, int from, int to) {
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            n += Long.bitCount(newlineBytes((long) LONGS.get(a, i)));
        }
        for (; i < to; i++) {
            if (a[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
