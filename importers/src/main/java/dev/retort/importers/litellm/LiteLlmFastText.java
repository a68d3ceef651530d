package dev.retort.importers.litellm;

import dev.retort.importers.io.JsonCursor;

/**
 * The prompt and response rules of {@link LiteLlmText} over a {@link JsonCursor} already pointed at the JSON held
 * in {@code messages} or {@code response}: the fast reader's half of those rules, held to the same results by
 * {@code LiteLlmFastReaderTest}. Anything unusual gives up, and the line goes to the Jackson path.
 */
final class LiteLlmFastText {
    private static final byte[] ROLE = LiteLlmFastReader.ascii("role");
    private static final byte[] CONTENT = LiteLlmFastReader.ascii("content");
    private static final byte[] PROMPT = LiteLlmFastReader.ascii("prompt");
    private static final byte[] TEXT = LiteLlmFastReader.ascii("text");
    private static final byte[] CHOICES = LiteLlmFastReader.ascii("choices");
    private static final byte[] MESSAGE = LiteLlmFastReader.ascii("message");
    private static final byte[] DELTA = LiteLlmFastReader.ascii("delta");
    private static final byte[] OUTPUT = LiteLlmFastReader.ascii("output");
    private static final byte[][] PROMPT_ROLES = {LiteLlmFastReader.ascii("user"), LiteLlmFastReader.ascii("system"),
        LiteLlmFastReader.ascii("developer")};
    private static final byte[] MESSAGES = LiteLlmFastReader.ascii("messages");

    private final JsonCursor lenient;

    LiteLlmFastText(JsonCursor lenient) {
        this.lenient = lenient;
    }

    String prompt() {
        TextJoin out = new TextJoin();
        if (lenient.peek() == '[') {
            lenient.expect('[');
            messages(out, 1);
        } else {
            lenient.expect('{');
            messageOrWrapper(out, 1);
        }
        if (!lenient.atEnd()) {
            throw JsonCursor.GIVE_UP;
        }
        return out.result();
    }

    /** After '[': each object is a message (or a wrapper), each string a prompt text. */
    private void messages(TextJoin out, int depth) {
        JsonCursor c = lenient;
        if (c.empty(']')) {
            return;
        }
        do {
            int v = c.peek();
            if (v == '{') {
                depthCheck(depth);
                c.expect('{');
                messageOrWrapper(out, depth + 1);
            } else if (v == '"') {
                c.string();
                out.add(c);
            } else {
                c.skip(depth);
            }
        } while (c.more(']'));
    }

    /** After '{': a message's content joins the prompt for a prompt role (or no role); nested messages first. */
    private void messageOrWrapper(TextJoin out, int depth) {
        JsonCursor c = lenient;
        int role = 0; // 0 none, 1 a prompt role, 2 another role
        String content = null;
        if (!c.empty('}')) {
            do {
                c.name();
                int v = c.peek();
                if (c.nameIs(MESSAGES) && v == '[') {
                    depthCheck(depth);
                    c.expect('[');
                    messages(out, depth + 1);
                } else if (c.nameIs(ROLE) && v == '"') {
                    c.string();
                    role = isPromptRole(c) ? 1 : 2;
                } else if (c.nameIs(CONTENT)) {
                    content = content(depth);
                } else if (c.nameIs(PROMPT) && v == '"') {
                    c.string();
                    out.add(c);
                } else {
                    c.skip(depth);
                }
            } while (c.more('}'));
        }
        if (content != null && role != 2) {
            out.add(content);
        }
    }

    /** A message content: a string, or a list whose text parts (and strings) are joined; else null. */
    private String content(int depth) {
        JsonCursor c = lenient;
        int v = c.peek();
        if (v == '"') {
            c.string();
            return c.stringValue();
        }
        if (v != '[') {
            c.skip(depth);
            return null;
        }
        depthCheck(depth);
        c.expect('[');
        TextJoin parts = new TextJoin();
        if (!c.empty(']')) {
            do {
                int e = c.peek();
                if (e == '{') {
                    depthCheck(depth + 1);
                    c.expect('{');
                    if (!c.empty('}')) {
                        do {
                            c.name();
                            if (c.nameIs(TEXT) && c.peek() == '"') {
                                c.string();
                                parts.add(c);
                            } else {
                                c.skip(depth + 2);
                            }
                        } while (c.more('}'));
                    }
                } else if (e == '"') {
                    c.string();
                    parts.add(c);
                } else {
                    c.skip(depth + 1);
                }
            } while (c.more(']'));
        }
        return parts.result();
    }

    String response() {
        TextJoin out = new TextJoin();
        collect(out, 0);
        if (!lenient.atEnd()) {
            throw JsonCursor.GIVE_UP;
        }
        return out.result();
    }

    /** Every "content" or "text" string under choices/message/delta/output, at any depth (as LiteLlmText). */
    private void collect(TextJoin out, int depth) {
        depthCheck(depth);
        JsonCursor c = lenient;
        int t = c.peek();
        if (t == '{') {
            c.expect('{');
            if (c.empty('}')) {
                return;
            }
            do {
                c.name();
                int v = c.peek();
                boolean content = c.nameIs(CONTENT);
                if ((content || c.nameIs(TEXT)) && v == '"') {
                    c.string();
                    out.add(c);
                } else if (content && v == '[' || c.nameIs(CHOICES) || c.nameIs(MESSAGE) || c.nameIs(DELTA)
                        || c.nameIs(OUTPUT)) {
                    collect(out, depth + 1);
                } else {
                    c.skip(depth + 1);
                }
            } while (c.more('}'));
        } else if (t == '[') {
            c.expect('[');
            if (c.empty(']')) {
                return;
            }
            do {
                if (c.peek() == '"') {
                    c.string();
                    out.add(c);
                } else {
                    collect(out, depth + 1);
                }
            } while (c.more(']'));
        } else {
            c.skip(depth); // a scalar where a container was hoped for: no text
        }
    }

    private static boolean isPromptRole(JsonCursor c) {
        for (byte[] role : PROMPT_ROLES) {
            int from = c.textOffset();
            if (java.util.Arrays.equals(c.text(), from, from + c.textLength(), role, 0, role.length)) {
                return true;
            }
        }
        return false;
    }

    private static void depthCheck(int depth) {
        if (depth > JsonCursor.MAX_DEPTH) {
            throw JsonCursor.GIVE_UP;
        }
    }

    /** Texts joined by newlines, empty ones left out; one text is returned as it is, none as null. */
    private static final class TextJoin {
        private String first;
        private StringBuilder joined;

        void add(JsonCursor c) {
            if (c.textLength() > 0) {
                add(c.stringValue());
            }
        }

        void add(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (first == null) {
                first = text;
            } else {
                if (joined == null) {
                    joined = new StringBuilder(first);
                }
                joined.append('\n').append(text);
            }
        }

        String result() {
            return joined != null ? joined.toString() : first;
        }
    }
}
