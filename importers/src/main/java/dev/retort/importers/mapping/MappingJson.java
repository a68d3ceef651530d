package dev.retort.importers.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The parts of reading and writing a saved mapping that do not depend on what it maps to. */
final class MappingJson {

    /** What a saved mapping maps to: its {@code "kind"}, absent for exchanges (mappings saved before accounts). */
    enum Kind { EXCHANGES, ACCOUNTS }

    private MappingJson() {}

    /** The saved mapping's JSON object, its version checked. */
    static JsonNode root(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a column mapping: bad JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a column mapping: expected a JSON object");
        }
        int version = root.path("version").asInt(ColumnMapping.VERSION);
        if (version > ColumnMapping.VERSION) {
            throw new IllegalArgumentException("column mapping version " + version + " is newer than this Retort ("
                    + ColumnMapping.VERSION + ")");
        }
        return root;
    }

    static Kind kind(JsonNode root) {
        String kind = root.path("kind").asText("exchanges");
        try {
            return Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + kind + "' (expected exchanges or accounts)");
        }
    }

    /** The {@code "columns"} object as field key to source column (null for a JSON null), in the file's order. */
    static Map<String, String> columns(JsonNode root) {
        JsonNode c = root.path("columns");
        if (!c.isObject()) {
            throw new IllegalArgumentException("a column mapping needs a \"columns\" object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
        }
        return out;
    }

    static String write(ObjectNode root) {
        try {
            return Json.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write mapping", e);
        }
    }

    /** Reads {@code file} with {@code parse}; a problem with the mapping names the file. */
    static <T> T load(Path file, Function<String, T> parse) throws IOException {
        try {
            return parse.apply(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static void save(Path file, String json) throws IOException {
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }
}
