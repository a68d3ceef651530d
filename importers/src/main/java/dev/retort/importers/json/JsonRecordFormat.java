package dev.retort.importers.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.Json;
import dev.retort.importers.io.LineReader;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A format whose records are JSON objects, one per line or pretty-printed over several lines. Subclasses turn one
 * parsed record into exchanges (or quarantine it); this class owns reading, size limits, broken JSON, progress and
 * cancel.
 */
public abstract class JsonRecordFormat implements LogFormat {

    /** Longest raw text kept with a quarantined record. */
    protected static final int RAW_PREVIEW = 4096;

    private static final int PROGRESS_EVERY = 2048;

    /** The shared mapper, refusing text after the record ("{...} garbage" is damage, not a record). */
    private static final ObjectReader READER =
            Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Handles one parsed record that started on {@code line}. Must send every outcome to {@code sink}: exchanges,
     * or a quarantine entry that says why the record gave none.
     */
    protected abstract void record(long line, JsonNode node, Supplier<String> raw, RecordSink sink);

    @Override
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        LineReader reader = new LineReader(in);
        JsonRecordAssembler assembler = new JsonRecordAssembler(new JsonRecordAssembler.Listener() {
            @Override
            public void record(long firstLine, String json) {
                parseRecord(firstLine, json, sink);
            }

            @Override
            public void broken(long firstLine, String reason, String raw) {
                sink.quarantine(firstLine, reason, preview(raw));
            }
        }, reader.maxLineBytes());
        long lines = 0;
        while (reader.next()) {
            if (reader.oversized()) {
                assembler.interrupt("truncated JSON: record not closed before line " + reader.lineNumber());
                sink.quarantine(reader.lineNumber(), "line longer than " + reader.maxLineBytes() + " bytes ("
                        + reader.fullLength() + " bytes); skipped", reader.preview(RAW_PREVIEW));
            } else if (assembler.idle() && isWholeObject(reader.buffer(), reader.length())) {
                // The JSON Lines fast path: parse the bytes as they are, no String in between.
                parseBytes(reader, sink);
            } else {
                assembler.line(reader.lineNumber(), reader.text());
            }
            if (++lines % PROGRESS_EVERY == 0) {
                progress.update(reader.bytesRead(), -1, description());
                if (progress.isCancelled()) {
                    throw new CancelledException("Reading " + description());
                }
            }
        }
        assembler.finish();
        progress.update(reader.bytesRead(), -1, description());
    }

    private void parseBytes(LineReader reader, RecordSink sink) {
        long line = reader.lineNumber();
        JsonNode node;
        try {
            node = READER.readTree(reader.buffer(), 0, reader.length());
        } catch (JacksonException e) {
            sink.quarantine(line, "bad JSON: " + shortMessage(e), reader.preview(RAW_PREVIEW));
            return;
        } catch (IOException e) {
            sink.quarantine(line, "bad JSON: " + e.getMessage(), reader.preview(RAW_PREVIEW));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.quarantine(line, "not a JSON object", reader.preview(RAW_PREVIEW));
            return;
        }
        String[] raw = new String[1];
        record(line, node, () -> raw[0] != null ? raw[0] : (raw[0] = reader.preview(RAW_PREVIEW)), sink);
    }

    /**
     * True when the bytes hold one object whose brackets balance: after optional blanks a <code>{</code>, and the
     * depth back at zero at the end outside any string. Safe on UTF-8 bytes: multi-byte characters never contain
     * ASCII bytes.
     */
    static boolean isWholeObject(byte[] b, int len) {
        int i = 0;
        while (i < len && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i >= len || b[i] != '{') {
            return false;
        }
        int depth = 0;
        boolean str = false;
        for (; i < len; i++) {
            byte c = b[i];
            if (str) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    str = false;
                }
            } else if (c == '"') {
                str = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    // Only blanks may follow the closing bracket.
                    for (int j = i + 1; j < len; j++) {
                        if (b[j] != ' ' && b[j] != '\t') {
                            return false;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private void parseRecord(long line, String json, RecordSink sink) {
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JacksonException e) {
            sink.quarantine(line, "bad JSON: " + shortMessage(e), preview(json));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.quarantine(line, "not a JSON object", preview(json));
            return;
        }
        record(line, node, () -> json, sink);
    }

    /**
     * True when {@code head} starts (after a byte-order mark and blanks) with a JSON object: a text file that merely
     * mentions a format's field names is not that format.
     */
    protected static boolean startsWithObject(String head) {
        int i = head.startsWith("\uFEFF") ? 1 : 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        return i < head.length() && head.charAt(i) == '{';
    }

    protected static String preview(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() > RAW_PREVIEW ? raw.substring(0, RAW_PREVIEW) : raw;
    }

    private static String shortMessage(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        if (m.length() > 200) {
            m = m.substring(0, 200);
        }
        if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
            m += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return m;
    }
}
