package dev.retort.importers.litellm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.retort.importers.io.Json;
import java.io.IOException;

/**
 * Reads one LiteLLM spend-log object with a streaming parser, touching only the fields Retort keeps (the rest,
 * like the large model map inside metadata, is skipped without being built).
 */
final class LiteLlmJsonReader {
    private LiteLlmJsonReader() {}

    /** Reads the object the parser is positioned on (at START_OBJECT) into a new row. */
    static LiteLlmRow read(JsonParser p) throws IOException {
        LiteLlmRow r = new LiteLlmRow();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "request_id" -> r.requestId = text(p, v);
                case "startTime" -> r.startTime = text(p, v);
                case "endTime" -> r.endTime = text(p, v);
                case "request_duration_ms" -> r.durationMs = number(p, v);
                case "model" -> r.model = text(p, v);
                case "model_group" -> r.modelGroup = text(p, v);
                case "user" -> r.user = text(p, v);
                case "team_id" -> r.teamId = text(p, v);
                case "organization_id" -> r.orgId = text(p, v);
                case "api_key" -> r.apiKey = text(p, v);
                case "requester_ip_address" -> r.ip = text(p, v);
                case "status" -> r.status = text(p, v);
                case "prompt_tokens" -> r.promptTokens = (int) number(p, v);
                case "completion_tokens" -> r.completionTokens = (int) number(p, v);
                case "messages" -> r.messages = json(p, v);
                case "response" -> r.response = json(p, v);
                case "metadata" -> metadata(p, v, r);
                default -> p.skipChildren();
            }
        }
        return r;
    }

    /** A scalar as text; objects and arrays are skipped (a wrong type reads as missing). */
    private static String text(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return v == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static long number(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT) {
            return Math.max(-1, p.getLongValue());
        }
        if (v == JsonToken.VALUE_NUMBER_FLOAT) {
            return Math.max(-1, (long) p.getDoubleValue());
        }
        if (v == JsonToken.VALUE_STRING) {
            try {
                return Math.max(-1, (long) Double.parseDouble(p.getText().strip()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        p.skipChildren();
        return -1;
    }

    /** A JSON-in-a-string column as its JSON text; a real object or array is rendered back to text. */
    private static String json(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            return Json.MAPPER.readTree(p).toString();
        }
        return v == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static void metadata(JsonParser p, JsonToken v, LiteLlmRow r) throws IOException {
        if (v == JsonToken.START_OBJECT) {
            metadataObject(p, r);
        } else if (v == JsonToken.VALUE_STRING) {
            metadataFromString(p.getText(), r);
        } else {
            p.skipChildren();
        }
    }

    /** Reads metadata held as a JSON string (as LiteLLM stores it). Broken metadata only loses optional fields. */
    static void metadataFromString(String s, LiteLlmRow r) {
        if (s == null || s.isEmpty() || s.charAt(0) != '{') {
            return;
        }
        try (JsonParser inner = Json.parser(s)) {
            if (inner.nextToken() == JsonToken.START_OBJECT) {
                metadataObject(inner, r);
            }
        } catch (IOException e) {
            // The row itself is still good.
        }
    }

    private static void metadataObject(JsonParser p, LiteLlmRow r) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "user_api_key_user_id" -> r.metaUserId = text(p, v);
                case "user_api_key_team_id" -> r.metaTeamId = text(p, v);
                case "user_api_key_org_id" -> r.metaOrgId = text(p, v);
                case "user_api_key" -> r.metaApiKey = text(p, v);
                case "requester_ip_address" -> r.metaIp = text(p, v);
                case "user_agent" -> r.userAgent = text(p, v);
                default -> p.skipChildren();
            }
        }
    }
}
