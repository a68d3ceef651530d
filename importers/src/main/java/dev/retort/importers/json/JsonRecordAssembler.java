package dev.retort.importers.json;

/**
 * Cuts a stream of lines into JSON records, so one reader handles both JSON Lines (one record per line, as the
 * OpenTelemetry collector's file exporter and Bedrock's S3 delivery write) and pretty-printed documents that span
 * many lines (the OTLP examples, a CloudTrail {@code {"Records":[...]}} file saved from a console).
 *
 * <p>It tracks the brace depth outside strings. A record ends on the line where the depth returns to zero. A record
 * still open when a line starts with an unindented <code>{</code> or <code>[</code> is reported as truncated and a new
 * one begins there: that is what a cut-off line in a JSON Lines file looks like, and a pretty printer indents the
 * inside of a record. Memory is bounded by {@code maxRecordChars}.
 */
public final class JsonRecordAssembler {

    /** Receives assembled records and the pieces that could not form one. */
    public interface Listener {
        /** A complete record (balanced braces) that started on {@code firstLine}. */
        void record(long firstLine, String json);

        /** Text that could not form a record: truncated, unbalanced or too large. */
        void broken(long firstLine, String reason, String raw);
    }

    private final Listener listener;
    private final int maxRecordChars;
    private final StringBuilder buf = new StringBuilder();
    private long firstLine = -1;
    private int depth;
    private boolean inString;
    private boolean escaped;
    private boolean oversized;

    public JsonRecordAssembler(Listener listener, int maxRecordChars) {
        this.listener = listener;
        this.maxRecordChars = maxRecordChars;
    }

    /** Feeds the next line (without its line terminator). */
    public void line(long lineNo, String line) {
        if (buf.length() == 0 && !oversized) {
            if (line.isBlank()) {
                return;
            }
            if (line.length() > maxRecordChars) {
                listener.broken(lineNo, "line longer than " + maxRecordChars + " characters", line.substring(0, 200));
                return;
            }
            if (depth == 0 && isSingleLineFast(line)) {
                // The common JSON Lines case: let the JSON parser find any problem in it.
                listener.record(lineNo, line);
                return;
            }
        } else if (startsRecord(line)) {
            if (oversized) {
                listener.broken(firstLine, neverClosed(), "");
                reset();
            } else {
                flushBroken("truncated JSON: record not closed before line " + lineNo);
            }
        }
        if (firstLine < 0) {
            firstLine = lineNo;
        }
        scan(line);
        if (oversized) {
            if (depth <= 0 && !inString) {
                listener.broken(firstLine, "record longer than " + maxRecordChars + " characters", "");
                reset();
            }
            return;
        }
        if (buf.length() + line.length() + 1 > maxRecordChars) {
            oversized = true;
            buf.setLength(0);
            buf.trimToSize();
            if (depth <= 0 && !inString) {
                listener.broken(firstLine, "record longer than " + maxRecordChars + " characters", "");
                reset();
            }
            return;
        }
        if (buf.length() > 0) {
            buf.append('\n');
        }
        buf.append(line);
        if (depth <= 0 && !inString) {
            String text = buf.toString();
            long start = firstLine;
            boolean unbalanced = depth < 0;
            reset();
            if (unbalanced) {
                listener.broken(start, "unbalanced JSON: more closing than opening brackets", text);
            } else {
                listener.record(start, text);
            }
        }
    }

    private String neverClosed() {
        return "record longer than " + maxRecordChars + " characters (and never closed)";
    }

    /** True when no record is in progress: the next line starts afresh. */
    public boolean idle() {
        return buf.length() == 0 && !oversized;
    }

    /** Abandons any record in progress (reported as broken with {@code reason}), e.g. before an over-long line. */
    public void interrupt(String reason) {
        if (oversized) {
            listener.broken(firstLine, neverClosed(), "");
            reset();
        } else if (buf.length() > 0) {
            flushBroken(reason);
        }
    }

    /** Ends the input: an unfinished record is reported as truncated. */
    public void finish() {
        if (oversized) {
            listener.broken(firstLine, neverClosed(), "");
            reset();
        } else if (buf.length() > 0) {
            flushBroken("truncated JSON: end of file inside a record");
        }
    }

    private void flushBroken(String reason) {
        String text = buf.toString();
        long start = firstLine;
        reset();
        listener.broken(start, reason, text);
    }

    private void reset() {
        buf.setLength(0);
        if (buf.capacity() > 1 << 20) {
            buf.trimToSize();
        }
        firstLine = -1;
        depth = 0;
        inString = false;
        escaped = false;
        oversized = false;
    }

    private static boolean startsRecord(String line) {
        return !line.isEmpty() && (line.charAt(0) == '{' || line.charAt(0) == '[');
    }

    /**
     * True when the line on its own is a whole value: it starts a record and its brackets balance. Scans once;
     * leaves the state untouched.
     */
    private boolean isSingleLineFast(String line) {
        int d = 0;
        boolean str = false;
        boolean esc = false;
        boolean opened = false;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (str) {
                if (esc) {
                    esc = false;
                } else if (c == '\\') {
                    esc = true;
                } else if (c == '"') {
                    str = false;
                }
            } else if (c == '"') {
                str = true;
            } else if (c == '{' || c == '[') {
                d++;
                opened = true;
            } else if (c == '}' || c == ']') {
                d--;
            }
        }
        // A line with content that never opens a bracket (garbage, a bare scalar) goes to the parser too, which
        // will name the problem; so does a line whose brackets do not balance downwards.
        return !str && (d == 0 || !opened || d < 0);
    }

    private void scan(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }
}
