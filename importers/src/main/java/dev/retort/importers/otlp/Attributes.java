package dev.retort.importers.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.json.JsonValues;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OTLP attributes decoded to text: {@code [{"key":..,"value":{"stringValue":..}}]} as the spec writes them, and
 * the shapes real emitters also produce ({@code intValue} as a string or a number, a bare value instead of an
 * AnyValue wrapper, a plain JSON object of key/value pairs).
 */
final class Attributes {

    private final Map<String, String> values;

    private Attributes(Map<String, String> values) {
        this.values = values;
    }

    static Attributes of(JsonNode attributes) {
        Map<String, String> map = new HashMap<>();
        if (attributes == null || attributes.isMissingNode() || attributes.isNull()) {
            return new Attributes(map);
        }
        if (attributes.isArray()) {
            for (JsonNode kv : attributes) {
                String key = JsonValues.text(kv.path("key"));
                if (key != null) {
                    String v = anyValue(kv.path("value"));
                    if (v != null) {
                        map.put(key, v);
                    }
                }
            }
        } else if (attributes.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String v = anyValue(e.getValue());
                if (v != null) {
                    map.put(e.getKey(), v);
                }
            }
        }
        return new Attributes(map);
    }

    private static final String[] SCALARS = {"stringValue", "intValue", "doubleValue", "boolValue", "bytesValue"};

    /** An OTLP AnyValue as text; arrays and maps as compact plain JSON ({@link #plain}). */
    static String anyValue(JsonNode v) {
        JsonNode p = plain(v, 0);
        if (p == null || p.isNull()) {
            return null;
        }
        return p.isContainerNode() ? p.toString() : p.asText();
    }

    /**
     * An AnyValue as plain JSON: a scalar as itself, {@code arrayValue} as an array and {@code kvlistValue} as an
     * object, recursively, so structured {@code gen_ai.input.messages} read like their JSON-string form. A value
     * that is not an AnyValue wrapper (an emitter writing plain JSON) is kept as it is.
     */
    static JsonNode plain(JsonNode v, int depth) {
        if (v == null || v.isMissingNode() || v.isNull() || depth > 32) {
            return null;
        }
        if (!v.isObject()) {
            return v;
        }
        for (String scalar : SCALARS) {
            JsonNode s = v.get(scalar);
            if (s != null && !s.isNull()) {
                return s;
            }
        }
        JsonNode arr = v.get("arrayValue");
        if (arr != null) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : arr.path("values")) {
                JsonNode p = plain(item, depth + 1);
                out.add(p == null ? NullNode.getInstance() : p);
            }
            return out;
        }
        JsonNode kv = v.get("kvlistValue");
        if (kv != null) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (JsonNode entry : kv.path("values")) {
                String key = JsonValues.text(entry.get("key"));
                if (key != null) {
                    JsonNode p = plain(entry.get("value"), depth + 1);
                    out.set(key, p == null ? NullNode.getInstance() : p);
                }
            }
            return out;
        }
        return v.isEmpty() ? null : v;
    }

    String get(String key) {
        return values.get(key);
    }

    /** The first of {@code keys} present here. */
    String first(String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    boolean hasPrefix(String prefix) {
        for (String k : values.keySet()) {
            if (k.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Legacy indexed attributes {@code prefix.0.suffix}, {@code prefix.1.suffix}, ... in index order. */
    List<Indexed> indexed(String prefix) {
        TreeMap<Integer, Indexed> out = new TreeMap<>();
        String p = prefix + ".";
        for (Map.Entry<String, String> e : values.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(p)) {
                continue;
            }
            int dot = k.indexOf('.', p.length());
            if (dot < 0) {
                continue;
            }
            int idx;
            try {
                idx = Integer.parseInt(k.substring(p.length(), dot));
            } catch (NumberFormatException ex) {
                continue;
            }
            String field = k.substring(dot + 1);
            Indexed cur = out.getOrDefault(idx, new Indexed(null, null));
            if (field.equals("role")) {
                cur = new Indexed(e.getValue(), cur.content());
            } else if (field.equals("content")) {
                cur = new Indexed(cur.role(), e.getValue());
            }
            out.put(idx, cur);
        }
        return new ArrayList<>(out.values());
    }

    record Indexed(String role, String content) {
    }
}
