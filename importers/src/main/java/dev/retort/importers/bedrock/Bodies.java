package dev.retort.importers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.json.JsonValues;
import dev.retort.importers.json.MessageText;

/**
 * Text out of Bedrock request and response bodies, whose shape depends on the API (Converse or InvokeModel) and on
 * the model family: Converse messages and {@code system} blocks, Anthropic messages, Titan/Llama/Mistral
 * {@code inputText}/{@code prompt}; responses as Converse {@code output.message}, Anthropic {@code content}, Titan
 * {@code results}, plain {@code completion}/{@code generation}, or a streaming LIST of chunks.
 */
final class Bodies {

    private Bodies() {
    }

    static String prompt(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return null;
        }
        if (body.isTextual()) {
            return JsonValues.text(body);
        }
        StringBuilder sb = new StringBuilder();
        append(sb, MessageText.content(body.get("system")));
        append(sb, MessageText.of(body.get("messages"), MessageText.PROMPT_ROLES));
        if (sb.length() == 0) {
            append(sb, JsonValues.text(body.get("inputText")));
            append(sb, JsonValues.text(body.get("prompt")));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static String response(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return null;
        }
        if (body.isArray()) {
            return stream(body);
        }
        if (body.isTextual()) {
            return JsonValues.text(body);
        }
        StringBuilder sb = new StringBuilder();
        JsonNode message = body.path("output").path("message");
        if (!message.isMissingNode()) {
            append(sb, MessageText.content(message.get("content")));
        } else if (body.has("content")) {
            append(sb, MessageText.content(body.get("content")));
        } else if (body.has("results")) {
            for (JsonNode r : body.get("results")) {
                append(sb, JsonValues.text(r.get("outputText")));
            }
        } else if (body.has("choices")) {
            for (JsonNode c : body.get("choices")) {
                append(sb, MessageText.content(c.path("message").get("content")));
            }
        } else {
            append(sb, JsonValues.text(body.get("completion")));
            append(sb, JsonValues.text(body.get("generation")));
            append(sb, JsonValues.text(body.get("outputText")));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Concatenates the text deltas of a streamed response (Anthropic and Converse stream chunk shapes). */
    private static String stream(JsonNode chunks) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : chunks) {
            if (!c.isObject()) {
                continue; // "[DONE]" and similar markers
            }
            String t = JsonValues.text(c.path("delta").get("text"));
            if (t == null) {
                t = JsonValues.text(c.path("contentBlockDelta").path("delta").get("text"));
            }
            if (t == null) {
                t = JsonValues.text(c.get("completion"));
            }
            if (t == null) {
                t = JsonValues.text(c.get("outputText"));
            }
            if (t != null) {
                sb.append(t);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Converse streams end with a metadata chunk that carries the latency. */
    static int streamLatency(JsonNode chunks) {
        for (JsonNode c : chunks) {
            int v = JsonValues.count(c.path("metadata").path("metrics").get("latencyMs"));
            if (v >= 0) {
                return v;
            }
            v = JsonValues.count(c.path("amazon-bedrock-invocationMetrics").get("invocationLatency"));
            if (v >= 0) {
                return v;
            }
        }
        return -1;
    }

    private static void append(StringBuilder sb, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(text);
    }
}
