package dev.retort.importers.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Tolerant reading of JSON values as real emitters write them: numbers as numbers or decimal strings, missing and
 * null fields alike. (Parsing limits live in {@link dev.retort.importers.io.Json}.)
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** The child at a dotted path ("output.usage.inputTokens"), or a missing node. */
    public static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode cur = node;
        int start = 0;
        while (cur != null && !cur.isMissingNode()) {
            int dot = dottedPath.indexOf('.', start);
            String name = dot < 0 ? dottedPath.substring(start) : dottedPath.substring(start, dot);
            cur = cur.path(name);
            if (dot < 0) {
                return cur;
            }
            start = dot + 1;
        }
        return MissingNode.getInstance();
    }

    /** Text of a scalar (numbers and booleans as written), or null for missing, null, empty or container nodes. */
    public static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText();
        return s.isEmpty() ? null : s;
    }

    /** A whole number written as a number or a decimal string; {@code fallback} when absent or not a number. */
    public static long longValue(JsonNode node, long fallback) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return (long) node.asDouble();
        }
        if (node.isTextual()) {
            return parseLong(node.asText().trim(), fallback);
        }
        return fallback;
    }

    /** As {@link #longValue} but clamped to an int; negative counts are treated as unknown. */
    public static int count(JsonNode node) {
        long v = longValue(node, -1);
        if (v < 0) {
            return -1;
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** Parses a decimal integer (or a decimal with a fraction, truncated); {@code fallback} when it is not one. */
    public static long parseLong(String s, long fallback) {
        if (s == null || s.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            // "12.0" or "1.5e3" from a float-minded emitter; refuse anything long enough to be costly to expand.
            if (s.length() > 40) {
                return fallback;
            }
            try {
                double d = Double.parseDouble(s);
                if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > 9.0e18) {
                    return fallback;
                }
                return (long) d;
            } catch (NumberFormatException e2) {
                return fallback;
            }
        }
    }
}
