package dev.retort.importers.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts lines into CSV records (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks) and
 * splits them into fields. A quoted field left open joins the following lines, up to {@link #MAX_RECORD_LINES}
 * lines or {@code maxChars}; past that the first line is reported as broken and the others are read again, so one
 * stray quote cannot swallow the rest of a file.
 */
final class CsvRecords {

    static final int MAX_RECORD_LINES = 256;

    interface Listener {
        void record(long firstLine, List<String> fields, String raw);

        void broken(long firstLine, String reason, String raw);
    }

    private record Pending(long line, String text) {
    }

    private final char delimiter;
    private final int maxChars;
    private final Listener listener;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int pendingChars;

    CsvRecords(char delimiter, int maxChars, Listener listener) {
        this.delimiter = delimiter;
        this.maxChars = maxChars;
        this.listener = listener;
    }

    void line(long lineNo, String text) {
        if (pending.isEmpty()) {
            if (text.isEmpty()) {
                return;
            }
            List<String> fields = split(text, delimiter);
            if (fields != null) {
                listener.record(lineNo, fields, text);
                return;
            }
        }
        pending.addLast(new Pending(lineNo, text));
        pendingChars += text.length() + 1;
        tryComplete();
    }

    /** Abandons a record in progress (before a line that could not be read at all). */
    void interrupt(String reason) {
        while (!pending.isEmpty()) {
            Pending first = pending.pollFirst();
            pendingChars -= first.text().length() + 1;
            listener.broken(first.line(), reason, first.text());
            replay();
        }
    }

    void finish() {
        interrupt("unterminated quoted field at end of file");
    }

    private void tryComplete() {
        String joined = joined();
        List<String> fields = split(joined, delimiter);
        if (fields != null) {
            long first = pending.peekFirst().line();
            pending.clear();
            pendingChars = 0;
            listener.record(first, fields, joined);
            return;
        }
        if (pending.size() >= MAX_RECORD_LINES || pendingChars > maxChars) {
            Pending first = pending.pollFirst();
            pendingChars -= first.text().length() + 1;
            listener.broken(first.line(), "unterminated quoted field (no closing quote within "
                    + MAX_RECORD_LINES + " lines)", first.text());
            replay();
        }
    }

    /** Feeds the pending lines again, after the first of them was given up on. */
    private void replay() {
        List<Pending> again = new ArrayList<>(pending);
        pending.clear();
        pendingChars = 0;
        for (Pending p : again) {
            line(p.line(), p.text());
        }
    }

    private String joined() {
        StringBuilder sb = new StringBuilder(pendingChars);
        for (Pending p : pending) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** The fields of one complete record, or null when a quoted field is still open at the end of {@code s}. */
    static List<String> split(String s, char delimiter) {
        List<String> out = new ArrayList<>(16);
        int i = 0;
        int n = s.length();
        while (true) {
            if (i < n && s.charAt(i) == '"') {
                StringBuilder cur = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    int q = s.indexOf('"', i);
                    if (q < 0) {
                        break;
                    }
                    cur.append(s, i, q);
                    if (q + 1 < n && s.charAt(q + 1) == '"') {
                        cur.append('"');
                        i = q + 2;
                    } else {
                        closed = true;
                        i = q + 1;
                        break;
                    }
                }
                if (!closed) {
                    return null;
                }
                // Lenient: text after the closing quote, up to the delimiter, belongs to the field.
                int end = s.indexOf(delimiter, i);
                if (end < 0) {
                    end = n;
                }
                cur.append(s, i, end);
                out.add(cur.toString());
                i = end;
            } else {
                int end = s.indexOf(delimiter, i);
                if (end < 0) {
                    end = n;
                }
                out.add(s.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return out;
            }
            i++; // the delimiter
            if (i == n) {
                out.add("");
                return out;
            }
        }
    }
}
