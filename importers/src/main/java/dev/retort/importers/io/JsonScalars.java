package dev.retort.importers.io;

import static dev.retort.importers.io.JsonCursor.GIVE_UP;

/**
 * The grammar checks {@link JsonCursor} applies to numbers, literals, {@code \\u} escapes and UTF-8 sequences,
 * as functions of the bytes and a position. Each gives up with {@link JsonCursor#GIVE_UP} on anything standard
 * JSON (or Jackson with {@link Json}'s limits) would not accept.
 */
final class JsonScalars {
    private static final int MAX_NUMBER_CHARS = 100;

    private JsonScalars() {}

    /**
     * The end of the number at {@code start}:
     * -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, 100 characters at most.
     */
    static int numberEnd(byte[] b, int start, int end) {
        int i = start;
        if (i < end && b[i] == '-') {
            i++;
        }
        int intStart = i;
        i = digits(b, i, end);
        if (i == intStart || (b[intStart] == '0' && i - intStart > 1)) {
            throw GIVE_UP;
        }
        if (i < end && b[i] == '.') {
            int f = ++i;
            i = digits(b, i, end);
            if (i == f) {
                throw GIVE_UP;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int e = i;
            i = digits(b, i, end);
            if (i == e) {
                throw GIVE_UP;
            }
        }
        if (i - start > MAX_NUMBER_CHARS) {
            throw GIVE_UP;
        }
        return i;
    }

    /** A number or literal must be followed by whitespace, a separator or the end ("12x", "nullx" are errors). */
    static void checkAfterScalar(byte[] b, int pos, int end) {
        if (pos < end) {
            byte c = b[pos];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw GIVE_UP;
            }
        }
    }

    /** The length of the well-formed UTF-8 character at {@code i}. */
    static int utf8Sequence(byte[] b, int i, int end) {
        int n = Utf8.sequenceLength(b, i, end);
        if (n < 0) {
            throw GIVE_UP;
        }
        return n;
    }

    /** The value of the four hex digits at {@code at}. */
    static int hex4(byte[] b, int at, int end) {
        if (at + 4 > end) {
            throw GIVE_UP;
        }
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                throw GIVE_UP;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static int digits(byte[] b, int i, int end) {
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }
}
