package dev.retort.importers.mapping;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each mapped field sits in the rows of a CSV file: found by name in the header (case-insensitive), or, for a
 * file without a header, from the 1-based positions the mapping gives. Shared by exchange and account mappings.
 */
final class HeaderColumns<K extends Enum<K>> {

    private final Map<K, Integer> index;
    private final int width;
    private final boolean named;

    private HeaderColumns(Map<K, Integer> index, int width, boolean named) {
        this.index = index;
        this.width = width;
        this.named = named;
    }

    /** Binds {@code columns} to the header {@code names}, or to positions when {@code names} is null. */
    static <K extends Enum<K>> HeaderColumns<K> bind(Class<K> type, Map<K, String> columns, List<String> names) {
        Map<K, Integer> idx = new EnumMap<>(type);
        Map<String, Integer> byName = new HashMap<>();
        if (names != null) {
            for (int i = 0; i < names.size(); i++) {
                byName.putIfAbsent(norm(names.get(i)), i);
            }
        }
        columns.forEach((f, col) -> {
            Integer i = names != null ? byName.get(norm(col)) : position(col);
            if (i != null) {
                idx.put(f, i);
            }
        });
        int max = 0;
        for (int i : idx.values()) {
            max = Math.max(max, i);
        }
        return new HeaderColumns<>(idx, names != null ? names.size() : max + 1, names != null);
    }

    /** The mapped columns that are not among the header {@code names}, in mapping order. */
    static List<String> missing(Map<?, String> columns, List<String> names) {
        List<String> lower = names.stream().map(HeaderColumns::norm).toList();
        return columns.values().stream().filter(c -> !lower.contains(norm(c))).toList();
    }

    /** The refusal for a header that lacks mapped columns. */
    static String mismatch(List<String> missing, List<String> names) {
        return "mapped column(s) " + missing + " not in the header " + names;
    }

    /**
     * The column names on the first line of {@code head} (the start of a file), or null when that line is not
     * complete in the head or leaves a quote open: then only the parser can tell.
     */
    static List<String> headerOf(String head, char delimiter) {
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        int nl = h.indexOf('\n');
        if (nl < 0) {
            return null;
        }
        String first = h.substring(0, nl);
        return CsvRecords.split(first.endsWith("\r") ? first.substring(0, first.length() - 1) : first, delimiter);
    }

    /**
     * Why a file starting with {@code head} cannot be read with {@code columns} (its header lacks some), or null
     * when it can or the head does not hold the whole header line.
     */
    static String refusal(String head, char delimiter, Map<?, String> columns) {
        List<String> names = headerOf(head, delimiter);
        if (names == null) {
            return null;
        }
        List<String> missing = missing(columns, names);
        return missing.isEmpty() ? null : mismatch(missing, names);
    }

    /** Why a row of {@code found} fields does not fit, or null when it does. */
    String widthProblem(int found) {
        boolean fits = named ? found == width : found >= width;
        return fits ? null : "expected " + width + " columns, found " + found;
    }

    /** The raw field for {@code key} in {@code fields}, or null when it is not mapped or the row is short. */
    String get(List<String> fields, K key) {
        Integer i = index.get(key);
        return i == null || i >= fields.size() ? null : fields.get(i);
    }

    private static String norm(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static Integer position(String col) {
        try {
            int p = Integer.parseInt(col.trim());
            return p >= 1 ? p - 1 : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
