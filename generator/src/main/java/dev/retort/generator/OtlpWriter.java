package dev.retort.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One OTLP/JSON ExportTraceServiceRequest per line (the collector's file exporter), one server span per exchange
 * with gen_ai.* attributes and the caller's identity (user.id, client.address, user_agent.original).
 */
final class OtlpWriter extends RecordWriter {

    private int out;

    @Override
    void openFiles(Path dir, LocalDate day, boolean gzip) throws IOException {
        out = file(dir.resolve(Format.OTLP.fileName(day, gzip)), gzip);
    }

    @Override
    void write(Call c) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append("{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":")
                .append("{\"stringValue\":\"llm-gateway\"}}]},\"scopeSpans\":[{\"scope\":{\"name\":")
                .append("\"orion.gateway.genai\",\"version\":\"1.4.2\"},\"spans\":[{\"traceId\":\"");
        Rng.appendHex(sb, c.idHi, 16);
        Rng.appendHex(sb, c.idLo, 16);
        sb.append("\",\"spanId\":\"");
        Rng.appendHex(sb, c.spanId, 16);
        sb.append("\",\"name\":");
        Text.json(sb, "chat " + c.model);
        long startNanos = c.ts * 1_000_000L + c.micros * 1_000L;
        sb.append(",\"startTimeUnixNano\":\"").append(startNanos)
                .append("\",\"endTimeUnixNano\":\"").append(startNanos + c.latencyMs * 1_000_000L)
                .append("\",\"kind\":2,\"attributes\":[");
        str(sb, "gen_ai.operation.name", "chat");
        sb.append(',');
        str(sb, "gen_ai.provider.name", "orion");
        sb.append(',');
        str(sb, "gen_ai.request.model", c.model);
        sb.append(',');
        str(sb, "gen_ai.response.model", c.model);
        sb.append(",{\"key\":\"gen_ai.response.id\",\"value\":{\"stringValue\":\"chatcmpl-");
        Rng.appendUuid(sb, c.idHi, c.idLo);
        sb.append("\"}},");
        integer(sb, "gen_ai.usage.input_tokens", c.tokensIn);
        sb.append(',');
        integer(sb, "gen_ai.usage.output_tokens", c.tokensOut);
        sb.append(',');
        StringBuilder in = inner;
        in.setLength(0);
        in.append("[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":");
        Text.json(in, c.prompt);
        in.append("}]}]");
        str(sb, "gen_ai.input.messages", in);
        if (c.ok()) {
            in.setLength(0);
            in.append("[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":");
            Text.json(in, c.response);
            in.append("}],\"finish_reason\":\"stop\"}]");
            sb.append(',');
            str(sb, "gen_ai.output.messages", in);
        } else {
            sb.append(',');
            str(sb, "error.type", String.valueOf(c.status));
        }
        sb.append(',');
        integer(sb, "http.response.status_code", c.status);
        sb.append(',');
        str(sb, "user.id", c.account.id);
        sb.append(',');
        str(sb, "client.address", c.ip);
        sb.append(',');
        str(sb, "user_agent.original", c.account.userAgent);
        sb.append("]}]}]}]}");
        emit(out, sb);
    }

    private static void str(StringBuilder sb, String key, CharSequence value) {
        sb.append("{\"key\":\"").append(key).append("\",\"value\":{\"stringValue\":");
        Text.json(sb, value);
        sb.append("}}");
    }

    /** OTLP/JSON encodes 64-bit integers as decimal strings. */
    private static void integer(StringBuilder sb, String key, long value) {
        sb.append("{\"key\":\"").append(key).append("\",\"value\":{\"intValue\":\"").append(value).append("\"}}");
    }
}
