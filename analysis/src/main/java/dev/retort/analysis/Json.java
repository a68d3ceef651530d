package dev.retort.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The small JSON columns of the analysis tables. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value instanceof Map<?, ?> m ? new TreeMap<>(m) : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Double> doubles(String json) {
        return read(json, new TypeReference<Map<String, Double>>() {});
    }

    static List<String> strings(String json) {
        return read(json, new TypeReference<List<String>>() {});
    }

    static List<Long> longs(String json) {
        return read(json, new TypeReference<List<Long>>() {});
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON in an analysis table: " + e.getOriginalMessage(), e);
        }
    }
}
