package dev.retort.importers.io;

import java.nio.charset.StandardCharsets;

/**
 * A strict, allocation-free reader over one JSON text held as UTF-8 bytes, for the hot path of an importer. It
 * accepts only what standard JSON allows (and what Jackson accepts with {@link Json}'s limits) and gives up with
 * {@link #GIVE_UP} on anything else: invalid or unusual input (a lone surrogate, deep nesting, a long number, an
 * escaped field name) is then read again by the Jackson path, which decides and explains. So the cursor never has
 * to match Jackson's error handling, only its values for input both accept.
 */
public final class JsonCursor {

    /** Thrown when the input is not plain enough for this reader; carries no stack trace (it is control flow). */
    public static final RuntimeException GIVE_UP = new RuntimeException("not for the fast path", null, false, false) {
    };

    /** Deeper than this gives up (Jackson's limit is {@link Json#MAX_NESTING_DEPTH}). */
    public static final int MAX_DEPTH = Json.MAX_NESTING_DEPTH - 4;

    private final boolean controlCharsInStrings;
    private byte[] b;
    private int pos;
    private int end;
    private byte[] text = new byte[256];
    private int textLength;
    private byte[] textSource = text;
    private int textOffset;
    private int nameStart;
    private int nameLength;

    /** {@code controlCharsInStrings}: accept raw control characters inside strings (Jackson's lenient option). */
    public JsonCursor(boolean controlCharsInStrings) {
        this.controlCharsInStrings = controlCharsInStrings;
    }

    /** Starts reading {@code bytes[from, to)}. */
    public void reset(byte[] bytes, int from, int to) {
        this.b = bytes;
        this.pos = from;
        this.end = to;
    }

    /** The next significant byte after whitespace, not consumed; -1 at the end. */
    public int peek() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
            pos++;
        }
        return -1;
    }

    /** Consumes {@code c} (after whitespace) or gives up. */
    public void expect(char c) {
        if (peek() != c) {
            throw GIVE_UP;
        }
        pos++;
    }

    /** Whether only whitespace is left. */
    public boolean atEnd() {
        return peek() < 0;
    }

    /**
     * After a member or element: consumes a comma (true: another follows) or the closing {@code close} (false);
     * anything else gives up.
     */
    public boolean more(char close) {
        int c = peek();
        pos++;
        if (c == ',') {
            return true;
        }
        if (c != close) {
            throw GIVE_UP;
        }
        return false;
    }

    /** Consumes {@code close} if it comes next (an empty object or array) and says so. */
    public boolean empty(char close) {
        if (peek() == close) {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads a field name and its colon. Names with escapes give up (no log format needs them). */
    public void name() {
        if (peek() != '"') {
            throw GIVE_UP;
        }
        int start = ++pos;
        while (pos < end) {
            byte c = b[pos];
            if (c == '"') {
                nameStart = start;
                nameLength = pos - start;
                pos++;
                expect(':');
                return;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                throw GIVE_UP;
            }
            pos += c < 0 ? sequence(pos) : 1;
        }
        throw GIVE_UP;
    }

    /** Whether the last field name is {@code ascii}. */
    public boolean nameIs(byte[] ascii) {
        if (ascii.length != nameLength) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (b[nameStart + i] != ascii[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a string value, decoded to UTF-8: {@link #text()} from {@link #textOffset()} for {@link #textLength()}
     * bytes. A string without escapes is not copied (the text is then the input itself).
     */
    public void string() {
        if (peek() != '"') {
            throw GIVE_UP;
        }
        int start = ++pos;
        pos = Bytes.indexOfStringSpecial(b, pos, end);
        if (pos < end && b[pos] == '"') {
            textSource = b;
            textOffset = start;
            textLength = pos - start;
            pos++;
            return;
        }
        textSource = text;
        textOffset = 0;
        textLength = 0;
        append(b, start, pos - start);
        while (true) {
            if (pos >= end) {
                throw GIVE_UP;
            }
            byte c = b[pos];
            if (c == '"') {
                pos++;
                textSource = text; // the buffer may have grown
                return;
            }
            if (c == '\\') {
                escape();
            } else if (c < 0) {
                int n = sequence(pos);
                append(b, pos, n);
                pos += n;
            } else if (controlCharsInStrings) {
                append(b, pos, 1);
                pos++;
            } else {
                throw GIVE_UP;
            }
            int runStart = pos;
            pos = Bytes.indexOfStringSpecial(b, pos, end);
            append(b, runStart, pos - runStart);
        }
    }

    /** The last string value as a Java string. */
    public String stringValue() {
        return new String(textSource, textOffset, textLength, StandardCharsets.UTF_8);
    }

    public byte[] text() {
        return textSource;
    }

    public int textOffset() {
        return textOffset;
    }

    public int textLength() {
        return textLength;
    }

    /** Reads an integer value that fits a long (18 digits or fewer); fractions, exponents and longer give up. */
    public long integer() {
        int c = peek();
        boolean negative = c == '-';
        int i = negative ? pos + 1 : pos;
        int digitsStart = i;
        long v = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i] - '0');
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0 || digits > 18 || (digits > 1 && b[digitsStart] == '0')) {
            throw GIVE_UP;
        }
        if (i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
            throw GIVE_UP;
        }
        pos = i;
        afterScalar();
        return negative ? -v : v;
    }

    /** Skips any value, checking it as strictly as Jackson would. */
    public void skip(int depth) {
        if (depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        int c = peek();
        switch (c) {
            case '"' -> skipString();
            case '{' -> {
                pos++;
                if (!empty('}')) {
                    do {
                        name();
                        skip(depth + 1);
                    } while (more('}'));
                }
            }
            case '[' -> {
                pos++;
                if (!empty(']')) {
                    do {
                        skip(depth + 1);
                    } while (more(']'));
                }
            }
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    /** Consumes {@code null} if it comes next and says so. */
    public boolean nullValue() {
        if (peek() == 'n') {
            literal("null");
            return true;
        }
        return false;
    }

    private void skipString() {
        pos++;
        while (true) {
            pos = Bytes.indexOfStringSpecial(b, pos, end);
            if (pos >= end) {
                throw GIVE_UP;
            }
            byte c = b[pos];
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\') {
                skipEscape();
            } else if (c < 0) {
                pos += sequence(pos);
            } else if (controlCharsInStrings) {
                pos++;
            } else {
                throw GIVE_UP;
            }
        }
    }

    /** Checks the escape at {@code pos} (a backslash) and steps over it. */
    private void skipEscape() {
        if (pos + 1 >= end) {
            throw GIVE_UP;
        }
        byte e = b[pos + 1];
        pos += 2;
        switch (e) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> { }
            case 'u' -> unicodeEscape();
            default -> throw GIVE_UP;
        }
    }

    private void literal(String word) {
        int n = word.length();
        if (end - pos < n) {
            throw GIVE_UP;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                throw GIVE_UP;
            }
        }
        pos += n;
        afterScalar();
    }

    /** Decodes the escape at {@code pos} (a backslash) into the text buffer. */
    private void escape() {
        if (pos + 1 >= end) {
            throw GIVE_UP;
        }
        byte e = b[pos + 1];
        pos += 2;
        switch (e) {
            case '"' -> appendByte('"');
            case '\\' -> appendByte('\\');
            case '/' -> appendByte('/');
            case 'b' -> appendByte('\b');
            case 'f' -> appendByte('\f');
            case 'n' -> appendByte('\n');
            case 'r' -> appendByte('\r');
            case 't' -> appendByte('\t');
            case 'u' -> appendCodePoint(unicodeEscape());
            default -> throw GIVE_UP;
        }
    }

    /** The code point of the \\u escape after {@code pos} (two escapes for a surrogate pair), stepped over. */
    private int unicodeEscape() {
        int u = hex4(pos);
        pos += 4;
        if (u >= 0xDC00 && u <= 0xDFFF) {
            throw GIVE_UP; // a lone low surrogate: Java strings can hold it, UTF-8 cannot
        }
        if (u < 0xD800 || u > 0xDBFF) {
            return u;
        }
        if (pos + 6 > end || b[pos] != '\\' || b[pos + 1] != 'u') { // a high surrogate needs its low half next
            throw GIVE_UP;
        }
        int low = hex4(pos + 2);
        if (low < 0xDC00 || low > 0xDFFF) {
            throw GIVE_UP;
        }
        pos += 6;
        return 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
    }

    private void appendCodePoint(int cp) {
        if (textLength + 4 > text.length) {
            text = java.util.Arrays.copyOf(text, text.length * 2);
        }
        textLength = Utf8.encode(cp, text, textLength);
    }

    private void number() {
        pos = JsonScalars.numberEnd(b, pos, end);
        afterScalar();
    }

    private void afterScalar() {
        JsonScalars.checkAfterScalar(b, pos, end);
    }

    private int sequence(int i) {
        return JsonScalars.utf8Sequence(b, i, end);
    }

    private int hex4(int at) {
        return JsonScalars.hex4(b, at, end);
    }

    private void appendByte(int v) {
        if (textLength == text.length) {
            text = java.util.Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = (byte) v;
    }

    private void append(byte[] src, int from, int n) {
        if (textLength + n > text.length) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
        }
        System.arraycopy(src, from, text, textLength, n);
        textLength += n;
    }
}
