package dev.retort.importers.litellm;

import dev.retort.importers.io.JsonCursor;
import java.nio.charset.StandardCharsets;

/**
 * Reads one JSON line of a LiteLLM spend log in a single pass over its bytes, including the JSON held inside the
 * {@code messages}, {@code response} and {@code metadata} strings, which the Jackson path turns into strings and
 * parses a second time (ADR 0073). It follows exactly the rules of {@link LiteLlmJsonReader} and
 * {@link LiteLlmText}, and returns null for anything it does not handle the same way (invalid JSON, numbers where
 * text is expected, a prompt that is plain text, trailing data...): the caller then reads the line with Jackson,
 * which also words the quarantine reasons. A test holds the two paths to the same results.
 */
final class LiteLlmFastReader {
    private static final byte[] REQUEST_ID = ascii("request_id");
    private static final byte[] START_TIME = ascii("startTime");
    private static final byte[] END_TIME = ascii("endTime");
    private static final byte[] DURATION = ascii("request_duration_ms");
    private static final byte[] MODEL = ascii("model");
    private static final byte[] MODEL_GROUP = ascii("model_group");
    private static final byte[] USER = ascii("user");
    private static final byte[] TEAM_ID = ascii("team_id");
    private static final byte[] ORG_ID = ascii("organization_id");
    private static final byte[] API_KEY = ascii("api_key");
    private static final byte[] IP = ascii("requester_ip_address");
    private static final byte[] STATUS = ascii("status");
    private static final byte[] PROMPT_TOKENS = ascii("prompt_tokens");
    private static final byte[] COMPLETION_TOKENS = ascii("completion_tokens");
    private static final byte[] MESSAGES = ascii("messages");
    private static final byte[] RESPONSE = ascii("response");
    private static final byte[] METADATA = ascii("metadata");
    private static final byte[] META_USER_ID = ascii("user_api_key_user_id");
    private static final byte[] META_TEAM_ID = ascii("user_api_key_team_id");
    private static final byte[] META_ORG_ID = ascii("user_api_key_org_id");
    private static final byte[] META_API_KEY = ascii("user_api_key");
    private static final byte[] USER_AGENT = ascii("user_agent");

    private final JsonCursor line = new JsonCursor(false);
    /** messages and response: Jackson reads them leniently (raw newlines inside strings). */
    private final JsonCursor lenient = new JsonCursor(true);
    private final LiteLlmFastText texts = new LiteLlmFastText(lenient);
    /** metadata: Jackson reads it strictly. */
    private final JsonCursor strict = new JsonCursor(false);

    /** The row of this line, or null when the Jackson path must read it. */
    LiteLlmRow read(byte[] bytes, int length) {
        try {
            line.reset(bytes, 0, length);
            line.expect('{');
            LiteLlmRow r = new LiteLlmRow();
            r.textsRead = true;
            if (!line.empty('}')) {
                do {
                    line.name();
                    field(r);
                } while (line.more('}'));
            }
            return line.atEnd() ? r : null;
        } catch (RuntimeException e) {
            if (e == JsonCursor.GIVE_UP) {
                return null;
            }
            throw e;
        }
    }

    private void field(LiteLlmRow r) {
        JsonCursor c = line;
        if (c.nameIs(REQUEST_ID)) {
            r.requestId = text(c);
        } else if (c.nameIs(START_TIME)) {
            r.startTime = text(c);
        } else if (c.nameIs(END_TIME)) {
            r.endTime = text(c);
        } else if (c.nameIs(DURATION)) {
            r.durationMs = number(c);
        } else if (c.nameIs(MODEL)) {
            r.model = text(c);
        } else if (c.nameIs(MODEL_GROUP)) {
            r.modelGroup = text(c);
        } else if (c.nameIs(USER)) {
            r.user = text(c);
        } else if (c.nameIs(TEAM_ID)) {
            r.teamId = text(c);
        } else if (c.nameIs(ORG_ID)) {
            r.orgId = text(c);
        } else if (c.nameIs(API_KEY)) {
            r.apiKey = text(c);
        } else if (c.nameIs(IP)) {
            r.ip = text(c);
        } else if (c.nameIs(STATUS)) {
            r.status = text(c);
        } else if (c.nameIs(PROMPT_TOKENS)) {
            r.promptTokens = (int) number(c);
        } else if (c.nameIs(COMPLETION_TOKENS)) {
            r.completionTokens = (int) number(c);
        } else if (c.nameIs(MESSAGES)) {
            r.promptText = embedded(c) ? texts.prompt() : null;
        } else if (c.nameIs(RESPONSE)) {
            r.responseText = embedded(c) ? texts.response() : null;
        } else if (c.nameIs(METADATA)) {
            metadata(c, r);
        } else {
            c.skip(1);
        }
    }

    /** A scalar read as text: a string, or null for null and containers; numbers and booleans go to Jackson. */
    private static String text(JsonCursor c) {
        int v = c.peek();
        if (v == '"') {
            c.string();
            return c.stringValue();
        }
        if (v == 'n') {
            c.nullValue();
            return null;
        }
        if (v == '{' || v == '[') {
            c.skip(1);
            return null;
        }
        throw JsonCursor.GIVE_UP;
    }

    /** An integer, or -1 for null, booleans and containers; fractions and numeric strings go to Jackson. */
    private static long number(JsonCursor c) {
        int v = c.peek();
        if (v == '-' || (v >= '0' && v <= '9')) {
            return Math.max(-1, c.integer());
        }
        if (v == '"') {
            throw JsonCursor.GIVE_UP;
        }
        c.skip(1);
        return -1;
    }

    /**
     * Reads a JSON-in-a-string column and points the lenient cursor at its JSON; false for null. Plain text, an
     * embedded object (not a string) and other types go to Jackson.
     */
    private boolean embedded(JsonCursor c) {
        if (c.nullValue()) {
            return false;
        }
        c.string();
        lenient.reset(c.text(), c.textOffset(), c.textOffset() + c.textLength());
        int first = lenient.peek();
        if (first < 0) {
            return false; // blank: no text
        }
        if (first != '[' && first != '{') {
            throw JsonCursor.GIVE_UP; // plain text is kept as it is, stripped: Jackson's path does that
        }
        return true;
    }

    private void metadata(JsonCursor c, LiteLlmRow r) {
        int v = c.peek();
        if (v == '{') {
            c.expect('{');
            metadataObject(c, r);
        } else if (v == '"') {
            c.string();
            if (c.textLength() == 0 || c.text()[c.textOffset()] != '{') {
                return; // not an object: the optional fields stay unknown (as in LiteLlmJsonReader)
            }
            strict.reset(c.text(), c.textOffset(), c.textOffset() + c.textLength());
            strict.expect('{');
            metadataObject(strict, r);
            if (!strict.atEnd()) {
                throw JsonCursor.GIVE_UP;
            }
        } else {
            c.skip(1);
        }
    }

    private static void metadataObject(JsonCursor c, LiteLlmRow r) {
        if (c.empty('}')) {
            return;
        }
        do {
            c.name();
            if (c.nameIs(META_USER_ID)) {
                r.metaUserId = text(c);
            } else if (c.nameIs(META_TEAM_ID)) {
                r.metaTeamId = text(c);
            } else if (c.nameIs(META_ORG_ID)) {
                r.metaOrgId = text(c);
            } else if (c.nameIs(META_API_KEY)) {
                r.metaApiKey = text(c);
            } else if (c.nameIs(IP)) {
                r.metaIp = text(c);
            } else if (c.nameIs(USER_AGENT)) {
                r.userAgent = text(c);
            } else {
                c.skip(2);
            }
        } while (c.more('}'));
    }

    /** A field name's bytes, for {@link JsonCursor#nameIs}. */
    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
