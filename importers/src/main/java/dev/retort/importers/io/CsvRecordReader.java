package dev.retort.importers.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records on top of a {@link LineReader}: quoted fields may hold commas, doubled quotes and
 * newlines (a record then spans lines, up to the line reader's cap in total). A record reports the line it
 * started on.
 */
public final class CsvRecordReader {
    private final LineReader lines;
    private final char separator;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder raw = new StringBuilder();
    private long recordLine;
    private String problem;

    public CsvRecordReader(LineReader lines) {
        this(lines, ',');
    }

    public CsvRecordReader(LineReader lines, char separator) {
        this.lines = lines;
        this.separator = separator;
    }

    /** Advances to the next record; false at the end. Blank lines are skipped. */
    public boolean next() throws IOException {
        fields.clear();
        raw.setLength(0);
        problem = null;
        do {
            if (!lines.next()) {
                return false;
            }
        } while (lines.isBlank() && !lines.oversized());
        recordLine = lines.lineNumber();
        if (lines.oversized()) {
            problem = "line longer than " + lines.maxLineBytes() + " bytes (" + lines.fullLength() + ")";
            raw.append(lines.preview(4096));
            return true;
        }
        String text = lines.text();
        raw.append(text);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        boolean fieldStarted = false;
        while (true) {
            if (i >= text.length()) {
                if (quoted) { // the record continues on the next line
                    if (raw.length() > lines.maxLineBytes() || !lines.next()) {
                        problem = raw.length() > lines.maxLineBytes() ? "quoted field too long"
                                : "unterminated quoted field";
                        return true;
                    }
                    if (lines.oversized()) {
                        problem = "line longer than " + lines.maxLineBytes() + " bytes inside a quoted field";
                        return true;
                    }
                    text = lines.text();
                    raw.append('\n').append(text);
                    field.append('\n');
                    i = 0;
                    continue;
                }
                fields.add(field.toString());
                return true;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
    }

    /** The current record's fields (valid until the next call). */
    public List<String> fields() {
        return fields;
    }

    /** The line the current record starts on. */
    public long line() {
        return recordLine;
    }

    /** Why the current record could not be read, or null when it was read. */
    public String problem() {
        return problem;
    }

    /** The raw text of the current record (for quarantine). */
    public String raw() {
        return raw.toString();
    }
}
