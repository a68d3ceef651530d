package dev.retort.importers.litellm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import dev.retort.importers.io.Json;
import java.io.IOException;

/**
 * Pulls readable text out of LiteLLM's {@code messages} and {@code response} columns, which hold JSON encoded as
 * strings: the prompt is the content of the system and user messages (string or text parts), the response the
 * content of the choices' messages. Text that is not JSON is kept as it is; "{}" and "[]" mean no text.
 */
final class LiteLlmText {
    /** The shared limits, but lenient about raw newlines in strings, which hand-edited CSV exports contain. */
    private static final JsonFactory LENIENT = Json.FACTORY.rebuild()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    private LiteLlmText() {}

    static String prompt(String messagesJson) {
        if (empty(messagesJson)) {
            return null;
        }
        String s = messagesJson.strip();
        if (s.charAt(0) != '[' && s.charAt(0) != '{') {
            return s;
        }
        StringBuilder out = new StringBuilder();
        try (JsonParser p = LENIENT.createParser(s)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) { // {"messages": [...]} or a single message
                readMessageOrWrapper(p, out);
            } else if (t == JsonToken.START_ARRAY) {
                readMessages(p, out);
            }
        } catch (IOException e) {
            return s; // not JSON after all: keep the raw text as evidence
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static void readMessageOrWrapper(JsonParser p, StringBuilder out) throws IOException {
        String role = null;
        String content = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("messages") && v == JsonToken.START_ARRAY) {
                readMessages(p, out);
            } else if (name.equals("role") && v == JsonToken.VALUE_STRING) {
                role = p.getText();
            } else if (name.equals("content")) {
                content = content(p, v);
            } else if (name.equals("prompt") && v == JsonToken.VALUE_STRING) {
                append(out, p.getText());
            } else {
                p.skipChildren();
            }
        }
        if (content != null && (role == null || isPromptRole(role))) {
            append(out, content);
        }
    }

    private static void readMessages(JsonParser p, StringBuilder out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT) {
                readMessageOrWrapper(p, out);
            } else if (t == JsonToken.VALUE_STRING) {
                append(out, p.getText());
            } else {
                p.skipChildren();
            }
        }
    }

    private static boolean isPromptRole(String role) {
        return role.equals("user") || role.equals("system") || role.equals("developer");
    }

    /** A message content: a string, or a list of parts whose text parts are joined. */
    private static String content(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        StringBuilder parts = new StringBuilder();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken pv = p.nextToken();
                    if (name.equals("text") && pv == JsonToken.VALUE_STRING) {
                        append(parts, p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (t == JsonToken.VALUE_STRING) {
                append(parts, p.getText());
            } else {
                p.skipChildren();
            }
        }
        return parts.length() == 0 ? null : parts.toString();
    }

    static String response(String responseJson) {
        if (empty(responseJson)) {
            return null;
        }
        String s = responseJson.strip();
        if (s.charAt(0) != '{' && s.charAt(0) != '[') {
            return s;
        }
        StringBuilder out = new StringBuilder();
        try (JsonParser p = LENIENT.createParser(s)) {
            collectResponse(p, p.nextToken(), out, 0);
        } catch (IOException e) {
            return s;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Appends every "content" or "text" string found under choices/message/delta, at any depth. */
    private static void collectResponse(JsonParser p, JsonToken t, StringBuilder out, int depth) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ((name.equals("content") || name.equals("text")) && v == JsonToken.VALUE_STRING) {
                    append(out, p.getText());
                } else if (name.equals("content") && v == JsonToken.START_ARRAY
                        || name.equals("choices") || name.equals("message") || name.equals("delta")
                        || name.equals("output")) {
                    collectResponse(p, v, out, depth + 1);
                } else {
                    p.skipChildren();
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
                if (e == JsonToken.VALUE_STRING) {
                    append(out, p.getText());
                } else {
                    collectResponse(p, e, out, depth + 1);
                }
            }
        }
    }

    private static void append(StringBuilder out, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(text);
    }

    private static boolean empty(String s) {
        if (s == null) {
            return true;
        }
        String t = s.strip();
        return t.isEmpty() || t.equals("{}") || t.equals("[]") || t.equals("null") || t.equals("None");
    }
}
