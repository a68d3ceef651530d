package dev.retort.importers.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.Json;
import dev.retort.importers.io.LineReader;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;

/**
 * A format whose records are JSON objects, one per line or pretty-printed over several lines. Subclasses turn one
 * parsed record into exchanges (or quarantine it); this class owns reading, size limits, broken JSON, progress and
 * cancel.
 */
public abstract class JsonRecordFormat implements LogFormat {

    /** Longest raw text kept with a quarantined record. */
    protected static final int RAW_PREVIEW = 4096;

    private static final int PROGRESS_EVERY = 2048;

    /**
     * Handles one parsed record that started on {@code line}. Must send every outcome to {@code sink}: exchanges,
     * or a quarantine entry that says why the record gave none.
     */
    protected abstract void record(long line, JsonNode node, String raw, RecordSink sink);

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

    private void parseRecord(long line, String json, RecordSink sink) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            sink.quarantine(line, "bad JSON: " + shortMessage(e), preview(json));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.quarantine(line, "not a JSON object", preview(json));
            return;
        }
        record(line, node, json, sink);
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
