package dev.retort.importers.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.LogFormat;
import dev.retort.importers.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the columns of a CSV file (or the fields of a JSON Lines file, as dotted paths) map to exchange fields. The
 * analyst builds one in the mapping dialog, saves it as JSON and reuses it from the CLI ({@code --mapping m.json}).
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <p>Saved form:
 * <pre>{"version":1, "name":"...", "layout":"csv"|"jsonl", "delimiter":",", "header":true,
 *  "time":{"format":"auto", "zone":"UTC"}, "columns":{"timestamp":"ts", "account":"user", ...}}</pre>
 * Without a header, columns are named by their 1-based position ("1", "2", ...). A saved mapping with
 * {@code "kind":"accounts"} is an {@link AccountMapping}; read either kind with {@link SavedMapping#load}.
 */
public final class ColumnMapping implements SavedMapping {

    /** How the source file is laid out. */
    public enum Layout { CSV, JSONL }

    public static final int VERSION = 1;

    /** The header of Retort's own CSV exchange export and generator ({@code retort generate --format csv}). */
    public static final List<String> RETORT_CSV_HEADER = List.of("timestamp", "request_id", "account_id", "api_key",
            "ip", "user_agent", "model", "tokens_in", "tokens_out", "status", "latency_ms", "prompt", "response");

    private final String name;
    private final Layout layout;
    private final char delimiter;
    private final boolean header;
    private final String timeFormat;
    private final ZoneId zone;
    private final Map<Field, String> columns;

    private ColumnMapping(String name, Layout layout, char delimiter, boolean header, String timeFormat, ZoneId zone,
                          Map<Field, String> columns) {
        this.name = name;
        this.layout = layout;
        this.delimiter = delimiter;
        this.header = header;
        this.timeFormat = timeFormat == null || timeFormat.isBlank() ? TimeParser.AUTO : timeFormat;
        this.zone = zone == null ? ZoneOffset.UTC : zone;
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        columns.forEach((f, c) -> {
            if (c != null && !c.isBlank()) {
                copy.put(f, c);
            }
        });
        this.columns = Collections.unmodifiableMap(copy);
    }

    /** An empty mapping for {@code layout}: comma-delimited with a header, automatic times in UTC. */
    public static ColumnMapping empty(Layout layout) {
        return new ColumnMapping("", layout, ',', true, TimeParser.AUTO, ZoneOffset.UTC, Map.of());
    }

    /** The built-in mapping for Retort's own CSV header ({@link #RETORT_CSV_HEADER}). */
    public static ColumnMapping retortCsv() {
        return guess(RETORT_CSV_HEADER, Layout.CSV).withName("Retort CSV");
    }

    /**
     * A first mapping for a file with these column names (or JSON field paths): each field takes the first column
     * whose lower-cased name is one of its {@linkplain Field#synonyms() synonyms}, a column serving one field only.
     */
    public static ColumnMapping guess(List<String> sourceColumns, Layout layout) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        List<String> taken = new ArrayList<>();
        for (Field f : Field.values()) {
            for (String syn : f.synonyms()) {
                String hit = null;
                for (String col : sourceColumns) {
                    String norm = col.trim().toLowerCase(Locale.ROOT);
                    int dot = norm.lastIndexOf('.');
                    String leaf = dot >= 0 ? norm.substring(dot + 1) : norm;
                    if ((norm.equals(syn) || leaf.equals(syn)) && !taken.contains(col)) {
                        hit = col;
                        break;
                    }
                }
                if (hit != null) {
                    m.put(f, hit);
                    taken.add(hit);
                    break;
                }
            }
        }
        return new ColumnMapping("", layout, ',', true, TimeParser.AUTO, ZoneOffset.UTC, m);
    }

    @Override
    public String name() {
        return name;
    }

    public Layout layout() {
        return layout;
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean header() {
        return header;
    }

    public String timeFormat() {
        return timeFormat;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The source column (or JSON path) for {@code field}, or null when it is not mapped. */
    public String column(Field field) {
        return columns.get(field);
    }

    /** All mapped fields and their source columns, in field order. */
    public Map<Field, String> columns() {
        return columns;
    }

    public ColumnMapping withName(String newName) {
        return new ColumnMapping(newName == null ? "" : newName, layout, delimiter, header, timeFormat, zone, columns);
    }

    public ColumnMapping withLayout(Layout newLayout) {
        return new ColumnMapping(name, newLayout, delimiter, header, timeFormat, zone, columns);
    }

    public ColumnMapping withDelimiter(char newDelimiter) {
        return new ColumnMapping(name, layout, newDelimiter, header, timeFormat, zone, columns);
    }

    public ColumnMapping withHeader(boolean hasHeader) {
        return new ColumnMapping(name, layout, delimiter, hasHeader, timeFormat, zone, columns);
    }

    public ColumnMapping withTime(String format, ZoneId timeZone) {
        return new ColumnMapping(name, layout, delimiter, header, format, timeZone, columns);
    }

    /** Maps {@code field} to {@code source}; a null or blank source unmaps it. */
    public ColumnMapping withColumn(Field field, String source) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        m.putAll(columns);
        if (source == null || source.isBlank()) {
            m.remove(field);
        } else {
            m.put(field, source);
        }
        return new ColumnMapping(name, layout, delimiter, header, timeFormat, zone, m);
    }

    /** What stops this mapping from importing anything; empty when it is usable. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f.required() && !columns.containsKey(f)) {
                out.add(f.label() + " is not mapped to a column");
            }
        }
        out.addAll(sourceLayout().problems());
        return out;
    }

    private SourceLayout sourceLayout() {
        return new SourceLayout(layout, delimiter, header, timeFormat, zone);
    }

    /** The importer this mapping describes. */
    @Override
    public LogFormat format() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("column mapping '" + name + "' is not usable: " + String.join("; ", p));
        }
        return layout == Layout.CSV ? new MappedCsvFormat(this) : new MappedJsonFormat(this);
    }

    // ---- saved form ------------------------------------------------------------------------------------------

    @Override
    public String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("name", name);
        sourceLayout().write(root);
        ObjectNode cols = root.putObject("columns");
        columns.forEach((f, c) -> cols.put(f.key(), c));
        return MappingJson.write(root);
    }

    /** Reads a saved mapping; throws {@link IllegalArgumentException} naming what is wrong with it. */
    public static ColumnMapping fromJson(String json) {
        JsonNode root = MappingJson.root(json);
        if (MappingJson.kind(root) != MappingJson.Kind.EXCHANGES) {
            throw new IllegalArgumentException("this is a mapping for account exports (\"kind\": \"accounts\"),"
                    + " not for exchanges");
        }
        return of(root);
    }

    /** The exchange mapping in an already parsed saved form. */
    static ColumnMapping of(JsonNode root) {
        SourceLayout source = SourceLayout.read(root);
        Map<Field, String> cols = new EnumMap<>(Field.class);
        for (Map.Entry<String, String> e : MappingJson.columns(root).entrySet()) {
            Field f = Field.ofKey(e.getKey());
            if (f == null) {
                throw new IllegalArgumentException("unknown field '" + e.getKey() + "' in columns (known: "
                        + String.join(", ", Arrays.stream(Field.values()).map(Field::key).toList()) + ")");
            }
            if (e.getValue() != null) {
                cols.put(f, e.getValue());
            }
        }
        return new ColumnMapping(root.path("name").asText(""), source.layout(), source.delimiter(), source.header(),
                source.timeFormat(), source.zone(), cols);
    }

    public static ColumnMapping load(Path file) throws IOException {
        return MappingJson.load(file, ColumnMapping::fromJson);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping m && m.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + toJson();
    }
}
