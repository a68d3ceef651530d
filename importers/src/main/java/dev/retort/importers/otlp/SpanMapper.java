package dev.retort.importers.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.json.JsonValues;
import dev.retort.importers.json.MessageText;
import dev.retort.store.ingest.Exchange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Turns one OTLP span with GenAI attributes into an exchange. */
final class SpanMapper {

    private SpanMapper() {
    }

    /**
     * Maps {@code span}; returns false (and sends nothing) when it is not a GenAI span. A GenAI span that cannot be
     * read is quarantined and counts as handled.
     */
    static boolean map(long line, JsonNode span, Attributes resource, RecordSink sink) {
        Attributes a = Attributes.of(span.path("attributes"));
        if (!a.hasPrefix("gen_ai.")) {
            return false;
        }
        String spanId = JsonValues.text(span.get("spanId"));
        JsonNode startNode = span.get("startTimeUnixNano");
        long startNanos = nanos(startNode);
        if (startNanos <= 0) {
            sink.quarantine(line, "span " + spanId + ": bad startTimeUnixNano '" + JsonValues.text(startNode) + "'",
                    truncate(span.toString()));
            return true;
        }
        long endNanos = nanos(span.get("endTimeUnixNano"));
        int latency = endNanos >= startNanos ? (int) Math.min((endNanos - startNanos) / 1_000_000L, Integer.MAX_VALUE)
                : -1;

        String traceId = JsonValues.text(span.get("traceId"));
        emit(line, a, resource, startNanos, latency, traceId, spanId, status(a, span.path("status")), span, sink);
        return true;
    }

    /** Event names that carry a whole model call (semantic conventions 1.37 and later). */
    static final String INFERENCE_EVENT = "gen_ai.client.inference.operation.details";

    /**
     * Maps an OTLP log record that is a GenAI inference event: named {@value #INFERENCE_EVENT}, or carrying
     * {@code gen_ai.input.messages}/{@code gen_ai.output.messages}. Per-message events ({@code gen_ai.user.message},
     * {@code gen_ai.choice}) are parts of a call whose span is the exchange, and return false like other logs.
     */
    static boolean mapEvent(long line, JsonNode log, Attributes resource, RecordSink sink) {
        Attributes a = Attributes.of(log.path("attributes"));
        String name = JsonValues.text(log.get("eventName"));
        if (name == null) {
            name = a.get("event.name");
        }
        boolean inference = INFERENCE_EVENT.equals(name) || a.get("gen_ai.input.messages") != null
                || a.get("gen_ai.output.messages") != null;
        if (!inference) {
            return false;
        }
        JsonNode timeNode = log.get("timeUnixNano");
        long nanos = nanos(timeNode);
        if (nanos <= 0) {
            nanos = nanos(log.get("observedTimeUnixNano"));
        }
        String spanId = JsonValues.text(log.get("spanId"));
        if (nanos <= 0) {
            sink.quarantine(line, "GenAI event: bad timeUnixNano '" + JsonValues.text(timeNode) + "'",
                    truncate(log.toString()));
            return true;
        }
        int status = a.get("error.type") != null ? 500 : 200;
        String http = a.first("http.response.status_code");
        if (http != null && JsonValues.parseLong(http, -1) >= 100 && JsonValues.parseLong(http, -1) < 600) {
            status = (int) JsonValues.parseLong(http, -1);
        }
        emit(line, a, resource, nanos, -1, JsonValues.text(log.get("traceId")), spanId, status, log, sink);
        return true;
    }

    private static void emit(long line, Attributes a, Attributes resource, long startNanos, int latency,
                             String traceId, String spanId, int status, JsonNode holder, RecordSink sink) {
        String requestId = a.first("gen_ai.response.id");
        if (requestId == null) {
            requestId = traceId == null || spanId == null ? null : traceId + "/" + spanId;
        }
        String account = identity(a, resource, "user.id", "enduser.id");
        String ip = identity(a, resource, "client.address", "http.client_ip", "net.sock.peer.addr");
        String ua = identity(a, resource, "user_agent.original", "http.user_agent");
        String apiKey = identity(a, resource, "user.api_key", "api_key.hash");
        String model = a.first("gen_ai.response.model", "gen_ai.request.model");
        int tokensIn = count(a.first("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"));
        int tokensOut = count(a.first("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"));
        sink.exchange(new Exchange(line, startNanos / 1_000_000L, requestId, account, apiKey, ip, ua, model,
                tokensIn, tokensOut, status, latency, prompt(a, holder), response(a, holder)));
    }

    private static String identity(Attributes span, Attributes resource, String... keys) {
        String v = span.first(keys);
        return v != null ? v : resource.first(keys);
    }

    static String prompt(Attributes a, JsonNode span) {
        String system = MessageText.of(textNode(a.get("gen_ai.system_instructions")), MessageText.PROMPT_ROLES);
        String input = MessageText.of(textNode(a.get("gen_ai.input.messages")), MessageText.PROMPT_ROLES);
        if (input == null) {
            input = legacy(a.indexed("gen_ai.prompt"), true);
        }
        if (input == null) {
            input = MessageText.of(textNode(a.get("gen_ai.prompt")), MessageText.PROMPT_ROLES);
        }
        if (input == null) {
            input = fromEvents(span, true);
        }
        if (system == null) {
            return input;
        }
        return input == null ? system : system + "\n" + input;
    }

    static String response(Attributes a, JsonNode span) {
        String out = MessageText.of(textNode(a.get("gen_ai.output.messages")), MessageText.RESPONSE_ROLES);
        if (out == null) {
            out = legacy(a.indexed("gen_ai.completion"), false);
        }
        if (out == null) {
            out = MessageText.of(textNode(a.get("gen_ai.completion")), MessageText.RESPONSE_ROLES);
        }
        if (out == null) {
            out = fromEvents(span, false);
        }
        return out;
    }

    private static String legacy(List<Attributes.Indexed> parts, boolean prompt) {
        StringBuilder sb = new StringBuilder();
        for (Attributes.Indexed p : parts) {
            String role = p.role() == null ? null : p.role().toLowerCase(Locale.ROOT);
            boolean wanted = role == null || (prompt ? MessageText.PROMPT_ROLES : MessageText.RESPONSE_ROLES)
                    .contains(role);
            if (wanted && p.content() != null && !p.content().isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(p.content());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Older instrumentations put the text in span events instead of attributes. */
    private static String fromEvents(JsonNode span, boolean prompt) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode ev : span.path("events")) {
            String name = JsonValues.text(ev.get("name"));
            if (name == null) {
                continue;
            }
            Attributes ea = Attributes.of(ev.path("attributes"));
            String text = null;
            if (prompt && name.equals("gen_ai.content.prompt")) {
                text = MessageText.of(textNode(ea.get("gen_ai.prompt")), MessageText.PROMPT_ROLES);
            } else if (prompt && (name.equals("gen_ai.user.message") || name.equals("gen_ai.system.message"))) {
                text = MessageText.content(textNode(ea.get("content")));
            } else if (!prompt && name.equals("gen_ai.content.completion")) {
                text = MessageText.of(textNode(ea.get("gen_ai.completion")), MessageText.RESPONSE_ROLES);
            } else if (!prompt && name.equals("gen_ai.choice")) {
                text = MessageText.of(textNode(ea.get("message")), MessageText.RESPONSE_ROLES);
            }
            if (text != null) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(text);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static JsonNode textNode(String s) {
        return s == null ? null : TextNode.valueOf(s);
    }

    private static int status(Attributes a, JsonNode status) {
        String http = a.first("http.response.status_code", "http.status_code");
        if (http != null) {
            long v = JsonValues.parseLong(http, -1);
            if (v >= 100 && v < 600) {
                return (int) v;
            }
        }
        JsonNode code = status.get("code");
        if (code == null || code.isNull()) {
            return 200;
        }
        String c = code.asText().toUpperCase(Locale.ROOT);
        if (c.equals("2") || c.endsWith("ERROR")) {
            return 500;
        }
        return 200;
    }

    private static int count(String s) {
        long v = JsonValues.parseLong(s, -1);
        return v < 0 ? -1 : (int) Math.min(v, Integer.MAX_VALUE);
    }

    /**
     * A time in nanoseconds since the epoch, as a number or a decimal string (the OTLP JSON encoding). Values at
     * a smaller scale (an emitter writing micro-, milli- or plain seconds) are scaled up by magnitude; an ISO-8601
     * string is accepted too. Returns -1 when it is none of these.
     */
    static long nanos(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return -1;
        }
        long v = JsonValues.longValue(n, Long.MIN_VALUE);
        if (v == Long.MIN_VALUE) {
            String s = JsonValues.text(n);
            if (s == null) {
                return -1;
            }
            try {
                Instant t = Instant.parse(s);
                return t.getEpochSecond() * 1_000_000_000L + t.getNano();
            } catch (DateTimeParseException | ArithmeticException e) {
                return -1;
            }
        }
        try {
            if (v >= 100_000_000_000_000_000L) {
                return v;
            } else if (v >= 100_000_000_000_000L) {
                return Math.multiplyExact(v, 1_000L);
            } else if (v >= 100_000_000_000L) {
                return Math.multiplyExact(v, 1_000_000L);
            } else if (v >= 1_000_000_000L) {
                return Math.multiplyExact(v, 1_000_000_000L);
            }
        } catch (ArithmeticException e) {
            return -1; // beyond the year 2262: not a real time
        }
        return -1;
    }

    private static String truncate(String s) {
        return s.length() > 4096 ? s.substring(0, 4096) : s;
    }
}
