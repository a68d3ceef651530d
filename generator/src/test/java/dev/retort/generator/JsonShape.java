package dev.retort.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** The shape of a JSON tree: every field path ({@code a.b[].c}) with the JSON type found there. */
final class JsonShape {

    private JsonShape() {
    }

    static Map<String, String> of(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        walk("", node, out);
        return out;
    }

    static void addAll(JsonNode node, Map<String, String> into) {
        walk("", node, into);
    }

    private static void walk(String path, JsonNode node, Map<String, String> out) {
        String type = node.getNodeType().name();
        if (!node.isNull()) {
            out.merge(path, type, (a, b) -> a.equals(b) ? a : a + "|" + b);
        } else {
            out.putIfAbsent(path, "NULL");
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                walk(path + "[]", child, out);
            }
        }
    }

    /** Paths of {@code generated} missing from {@code sample}, or whose type differs (null matches any type). */
    static Map<String, String> notIn(Map<String, String> generated, Map<String, String> sample) {
        Map<String, String> bad = new TreeMap<>();
        generated.forEach((path, type) -> {
            String s = sample.get(path);
            if (s == null) {
                bad.put(path, "missing from the sample");
            } else if (!type.equals("NULL") && !s.equals("NULL") && !s.contains(type)) {
                bad.put(path, "generated " + type + " but the sample has " + s);
            }
        });
        return bad;
    }
}
