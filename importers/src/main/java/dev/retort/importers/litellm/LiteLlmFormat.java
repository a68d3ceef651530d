package dev.retort.importers.litellm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.Json;
import dev.retort.importers.io.LineReader;
import dev.retort.store.ingest.Exchange;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * LiteLLM proxy spend logs ({@code LiteLLM_SpendLogs} rows): JSON lines, a JSON array or pretty-printed objects,
 * or the CSV export of the table. Which one is decided from the first line.
 */
public final class LiteLlmFormat implements LogFormat {

    private static final int PEEK = 64 * 1024;

    private final boolean fastPath;

    public LiteLlmFormat() {
        this(true);
    }

    /** {@code fastPath} false reads every line with Jackson (the reference the fast reader is tested against). */
    LiteLlmFormat(boolean fastPath) {
        this.fastPath = fastPath;
    }

    @Override
    public String id() {
        return "litellm";
    }

    @Override
    public String description() {
        return "LiteLLM spend log (JSONL, JSON or CSV export)";
    }

    @Override
    public double sniff(String head) {
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String t = h.stripLeading();
        if (t.startsWith("{") || t.startsWith("[")) {
            boolean id = t.contains("\"request_id\"");
            boolean litellm = t.contains("\"startTime\"") || t.contains("\"call_type\"") || t.contains("\"spend\"");
            return id && litellm ? 0.9 : 0;
        }
        int nl = t.indexOf('\n');
        String header = nl < 0 ? t : t.substring(0, nl);
        return header.contains("request_id") && header.contains("startTime") ? 0.9 : 0;
    }

    @Override
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
        Mode mode = peekMode(buffered);
        switch (mode) {
            case JSON_LINES -> parseLines(new LineReader(buffered), sink, progress, fastPath ? new LiteLlmFastReader() : null);
            case JSON_DOCUMENT -> parseDocument(buffered, sink, progress);
            case CSV -> new LiteLlmCsv(sink, progress).parse(new LineReader(buffered));
            default -> throw new IllegalStateException();
        }
    }

    enum Mode { JSON_LINES, JSON_DOCUMENT, CSV }

    /**
     * Decides the layout from the first non-blank line: a lone "{" or "[" (or an unclosed array) starts a
     * pretty-printed JSON document, "{" or a one-line array a JSON line, a header naming request_id and startTime a CSV export. Anything else is read as JSON lines, so that
     * garbage is quarantined line by line rather than taken for a CSV header.
     */
    static Mode peekMode(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        String s = new String(head, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        String t = s.stripLeading();
        int nl = t.indexOf('\n');
        String first = (nl < 0 ? t : t.substring(0, nl)).strip();
        if (first.equals("{") || first.equals("[") || first.startsWith("[") && !first.endsWith("]")) {
            return Mode.JSON_DOCUMENT;
        }
        if (first.startsWith("{") || first.startsWith("[")) {
            return Mode.JSON_LINES;
        }
        if (first.contains("request_id") && first.contains("startTime")) {
            return Mode.CSV;
        }
        return Mode.JSON_LINES;
    }

    private static void parseLines(LineReader lines, RecordSink sink, Progress progress, LiteLlmFastReader fast)
            throws IOException {
        StringBuilder problem = new StringBuilder();
        while (lines.next()) {
            long line = lines.lineNumber();
            if ((line & 1023) == 0 && progress.isCancelled()) {
                throw new CancelledException("import");
            }
            if (lines.oversized()) {
                sink.quarantine(line, "line longer than " + lines.maxLineBytes() + " bytes (" + lines.fullLength()
                        + ")", lines.preview(4096));
                continue;
            }
            if (lines.isBlank()) {
                continue;
            }
            LiteLlmRow quick = fast == null ? null : fast.read(lines.buffer(), lines.length());
            if (quick != null) {
                emit(quick, line, sink, problem, lines);
                continue;
            }
            try (JsonParser p = Json.parser(lines)) {
                JsonToken first = p.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    readArrayLine(p, lines, sink, problem);
                } else if (first != JsonToken.START_OBJECT) {
                    sink.quarantine(line, "not a JSON object", lines.preview(4096));
                } else {
                    LiteLlmRow row = LiteLlmJsonReader.read(p);
                    if (p.nextToken() != null) {
                        sink.quarantine(line, "unexpected data after the JSON object", lines.preview(4096));
                    } else {
                        emit(row, line, sink, problem, lines);
                    }
                }
            } catch (JsonProcessingException e) {
                sink.quarantine(line, "invalid JSON: " + shortMessage(e), lines.preview(4096));
            }
        }
    }

    /** A whole JSON array on one line (a minified export): each object is a record of that line. */
    private static void readArrayLine(JsonParser p, LineReader lines, RecordSink sink, StringBuilder problem)
            throws IOException {
        java.util.List<LiteLlmRow> rows = new java.util.ArrayList<>();
        JsonToken t;
        boolean other = false;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT) {
                rows.add(LiteLlmJsonReader.read(p));
            } else {
                other = true;
                p.skipChildren();
            }
        }
        if (other || rows.isEmpty()) {
            sink.quarantine(lines.lineNumber(), "JSON array that is not a list of spend-log objects",
                    lines.preview(4096));
            return;
        }
        for (LiteLlmRow row : rows) {
            emit(row, lines.lineNumber(), sink, problem, lines);
        }
    }

    private static void emit(LiteLlmRow row, long line, RecordSink sink, StringBuilder problem, LineReader raw) {
        problem.setLength(0);
        Exchange ex = row.toExchange(line, problem);
        if (ex == null) {
            sink.quarantine(line, problem.toString(), raw.preview(4096));
        } else {
            sink.exchange(ex);
        }
    }

    private static void parseDocument(InputStream in, RecordSink sink, Progress progress) throws IOException {
        StringBuilder problem = new StringBuilder();
        long records = 0;
        long line = 1;
        try (JsonParser p = Json.FACTORY.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY || t == JsonToken.END_ARRAY) {
                    continue;
                }
                line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    sink.quarantine(line, "not a JSON object", p.getText());
                    p.skipChildren();
                    continue;
                }
                if ((++records & 1023) == 0 && progress.isCancelled()) {
                    throw new CancelledException("import");
                }
                LiteLlmRow row = LiteLlmJsonReader.read(p);
                problem.setLength(0);
                Exchange ex = row.toExchange(line, problem);
                if (ex == null) {
                    sink.quarantine(line, problem.toString(), null);
                } else {
                    sink.exchange(ex);
                }
            }
        } catch (JsonProcessingException e) {
            long at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
            sink.quarantine(Math.max(at, line), "invalid JSON, rest of the file unreadable: " + shortMessage(e),
                    null);
        }
    }

    static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        return first.length() > 160 ? first.substring(0, 160) : first;
    }
}
