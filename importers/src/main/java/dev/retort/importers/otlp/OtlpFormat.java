package dev.retort.importers.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.json.JsonRecordFormat;
import java.util.function.Supplier;

/**
 * OpenTelemetry traces in OTLP/JSON: one {@code ExportTraceServiceRequest} per line, as the collector's file
 * exporter writes, or pretty-printed. Each span carrying {@code gen_ai.*} attributes becomes one exchange (see
 * {@link SpanMapper}); other spans of the same trace (HTTP, database) are not model calls and are passed over, but a
 * record with no GenAI span at all is quarantined so nothing disappears silently. {@code ExportLogsServiceRequest}
 * records are read the same way for GenAI inference events (one event per model call).
 */
public final class OtlpFormat extends JsonRecordFormat {

    @Override
    public String id() {
        return "otlp";
    }

    @Override
    public String description() {
        return "OpenTelemetry traces (OTLP/JSON)";
    }

    @Override
    public double sniff(String head) {
        if (!startsWithObject(head)) {
            return 0;
        }
        if (head.contains("\"resourceSpans\"") || head.contains("\"resource_spans\"")) {
            return head.contains("gen_ai.") ? 0.98 : 0.9;
        }
        if (head.contains("\"resourceLogs\"") || head.contains("\"resource_logs\"")) {
            // OTLP logs: GenAI inference events are exchanges; other logs are quarantined with the reason.
            return head.contains("gen_ai.") ? 0.9 : 0.3;
        }
        return 0;
    }

    @Override
    protected void record(long line, JsonNode node, Supplier<String> raw, RecordSink sink) {
        JsonNode resourceSpans = first(node, "resourceSpans", "resource_spans");
        if (resourceSpans != null && resourceSpans.isArray()) {
            spans(line, resourceSpans, raw, sink);
            return;
        }
        JsonNode resourceLogs = first(node, "resourceLogs", "resource_logs");
        if (resourceLogs != null && resourceLogs.isArray()) {
            logs(line, resourceLogs, raw, sink);
            return;
        }
        String why = node.has("resourceMetrics") ? "OTLP metrics, not traces: no resourceSpans"
                : "no resourceSpans: not an OTLP/JSON trace export";
        sink.quarantine(line, why, preview(raw.get()));
    }

    private static void spans(long line, JsonNode resourceSpans, Supplier<String> raw, RecordSink sink) {
        int spans = 0;
        int genAi = 0;
        for (JsonNode rs : resourceSpans) {
            Attributes resource = Attributes.of(rs.path("resource").path("attributes"));
            JsonNode scopes = first(rs, "scopeSpans", "scope_spans", "instrumentationLibrarySpans");
            if (scopes == null || !scopes.isArray()) {
                continue;
            }
            for (JsonNode ss : scopes) {
                for (JsonNode span : ss.path("spans")) {
                    spans++;
                    if (SpanMapper.map(line, span, resource, sink)) {
                        genAi++;
                    }
                }
            }
        }
        if (genAi == 0) {
            sink.quarantine(line, spans == 0 ? "OTLP record holds no spans"
                    : "no gen_ai spans among " + spans + " span(s): not model calls", preview(raw.get()));
        }
    }

    /** OTLP logs: only GenAI inference events (see {@link SpanMapper#mapEvent}) are exchanges. */
    private static void logs(long line, JsonNode resourceLogs, Supplier<String> raw, RecordSink sink) {
        int records = 0;
        int genAi = 0;
        for (JsonNode rl : resourceLogs) {
            Attributes resource = Attributes.of(rl.path("resource").path("attributes"));
            JsonNode scopes = first(rl, "scopeLogs", "scope_logs", "instrumentationLibraryLogs");
            if (scopes == null || !scopes.isArray()) {
                continue;
            }
            for (JsonNode sl : scopes) {
                for (JsonNode log : sl.path("logRecords")) {
                    records++;
                    if (SpanMapper.mapEvent(line, log, resource, sink)) {
                        genAi++;
                    }
                }
            }
        }
        if (genAi == 0) {
            sink.quarantine(line, "OTLP logs without a GenAI inference event among " + records
                    + " log record(s): not model calls", preview(raw.get()));
        }
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }
}
