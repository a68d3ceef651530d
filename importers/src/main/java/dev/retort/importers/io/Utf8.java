package dev.retort.importers.io;

/** Strict UTF-8, byte by byte, for {@link JsonCursor}: what Java's decoder would accept without replacing. */
final class Utf8 {
    private Utf8() {}

    /** The length of the well-formed UTF-8 sequence at {@code i} (RFC 3629: no overlongs, no surrogates), or -1. */
    static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int n;
        int min2;
        int max2;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min2 = 0x80;
            max2 = 0xBF;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min2 = c == 0xE0 ? 0xA0 : 0x80;
            max2 = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min2 = c == 0xF0 ? 0x90 : 0x80;
            max2 = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + n > end) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min2 || second > max2) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return n;
    }

    /** Writes code point {@code cp} as UTF-8 at {@code out[at]} (room for four bytes); returns the next index. */
    static int encode(int cp, byte[] out, int at) {
        if (cp < 0x80) {
            out[at++] = (byte) cp;
        } else if (cp < 0x800) {
            out[at++] = (byte) (0xC0 | (cp >> 6));
            out[at++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out[at++] = (byte) (0xE0 | (cp >> 12));
            out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            out[at++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            out[at++] = (byte) (0xF0 | (cp >> 18));
            out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            out[at++] = (byte) (0x80 | (cp & 0x3F));
        }
        return at;
    }
}
