package dev.retort.importers.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.io.Json;
import java.util.Locale;
import java.util.Set;

/**
 * Pulls the plain text out of chat messages in the shapes LLM APIs and their logs use: OpenAI-style
 * {@code {"role","content"}} with a string or a list of parts, OpenTelemetry GenAI {@code {"role","parts":[{"type":
 * "text","content"}]}}, Bedrock Converse {@code {"content":[{"text"}]}} and its {@code guardContent} wrapper,
 * Anthropic {@code {"type":"text","text"}} blocks. Images, tool calls and other parts are skipped.
 */
public final class MessageText {

    /** Roles that make up a prompt. */
    public static final Set<String> PROMPT_ROLES = Set.of("system", "user", "developer");

    /** Roles that make up a response. */
    public static final Set<String> RESPONSE_ROLES = Set.of("assistant", "model");

    private MessageText() {
    }

    /**
     * The text of the messages whose role is in {@code roles} (messages without a role count too), joined by
     * newlines; null when there is none. {@code messages} may be a list, one message, or a JSON string of either.
     */
    public static String of(JsonNode messages, Set<String> roles) {
        JsonNode list = decodeIfString(messages);
        if (list == null || list.isMissingNode() || list.isNull()) {
            return null;
        }
        if (list.isTextual()) {
            return JsonValues.text(list);
        }
        StringBuilder sb = new StringBuilder();
        if (list.isArray()) {
            for (JsonNode m : list) {
                appendMessage(sb, m, roles);
            }
        } else {
            appendMessage(sb, list, roles);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** The text of a content value: a string, a list of parts, or one part. Null when it has none. */
    public static String content(JsonNode content) {
        StringBuilder sb = new StringBuilder();
        appendContent(sb, content, 0);
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void appendMessage(StringBuilder sb, JsonNode m, Set<String> roles) {
        if (m.isTextual()) {
            join(sb, m.asText());
            return;
        }
        if (!m.isObject()) {
            return;
        }
        String role = JsonValues.text(m.get("role"));
        if (role != null && !roles.contains(role.toLowerCase(Locale.ROOT))) {
            return;
        }
        JsonNode body = m.has("content") ? m.get("content") : m.has("parts") ? m.get("parts") : m;
        appendContent(sb, body, 0);
    }

    private static void appendContent(StringBuilder sb, JsonNode c, int depth) {
        if (c == null || c.isNull() || c.isMissingNode() || depth > 8) {
            return;
        }
        if (c.isTextual()) {
            join(sb, c.asText());
        } else if (c.isArray()) {
            for (JsonNode part : c) {
                appendContent(sb, part, depth + 1);
            }
        } else if (c.isObject()) {
            String type = JsonValues.text(c.get("type"));
            if (type != null && !type.equals("text") && !type.equals("input_text") && !type.equals("output_text")) {
                return;
            }
            if (c.has("text")) {
                appendContent(sb, c.get("text"), depth + 1);
            } else if (c.has("content")) {
                appendContent(sb, c.get("content"), depth + 1);
            } else if (c.has("guardContent")) {
                appendContent(sb, c.get("guardContent"), depth + 1);
            }
        }
    }

    private static void join(StringBuilder sb, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(text);
    }

    private static JsonNode decodeIfString(JsonNode node) {
        if (node != null && node.isTextual()) {
            String s = node.asText().trim();
            if (s.startsWith("[") || s.startsWith("{")) {
                try {
                    return Json.MAPPER.readTree(s);
                } catch (JacksonException e) {
                    return node;
                }
            }
        }
        return node;
    }
}
