package dev.retort.importers.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.LogFormat;
import dev.retort.importers.accounts.AccountField;
import dev.retort.importers.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How the columns of an account export (CSV, or JSON Lines with dotted paths) map to Retort's account fields, saved
 * as JSON with {@code "kind":"accounts"} and used with {@code retort import --mapping m.json}. Immutable.
 *
 * <p>Saved form:
 * <pre>{"version":1, "kind":"accounts", "name":"...", "layout":"csv"|"jsonl", "delimiter":",", "header":true,
 *  "time":{"format":"auto", "zone":"UTC"}, "columns":{"account_id":"uid", "created_at":"signup_ts", ...}}</pre>
 * Only {@code account_id} is required; the time settings apply to {@code created_at}. Unknown keys are refused.
 */
public final class AccountMapping implements SavedMapping {

    static final String KIND = "accounts";

    private static final List<String> TOP_KEYS;

    static {
        List<String> keys = new ArrayList<>(List.of("version", "kind", "name", "columns"));
        keys.addAll(SourceLayout.KEYS);
        TOP_KEYS = List.copyOf(keys);
    }

    private final String name;
    private final SourceLayout source;
    private final Map<AccountField, String> columns;

    AccountMapping(String name, SourceLayout source, Map<AccountField, String> columns) {
        this.name = name == null ? "" : name;
        this.source = source;
        EnumMap<AccountField, String> copy = new EnumMap<>(AccountField.class);
        columns.forEach((f, c) -> {
            if (c != null && !c.isBlank()) {
                copy.put(f, c);
            }
        });
        this.columns = Collections.unmodifiableMap(copy);
    }

    @Override
    public String name() {
        return name;
    }

    public ColumnMapping.Layout layout() {
        return source.layout();
    }

    public char delimiter() {
        return source.delimiter();
    }

    public boolean header() {
        return source.header();
    }

    public String timeFormat() {
        return source.timeFormat();
    }

    public ZoneId zone() {
        return source.zone();
    }

    /** The source column (or JSON path) for {@code field}, or null when it is not mapped. */
    public String column(AccountField field) {
        return columns.get(field);
    }

    /** All mapped fields and their source columns, in field order. */
    public Map<AccountField, String> columns() {
        return columns;
    }

    TimeParser time() {
        return source.time();
    }

    /** What stops this mapping from importing anything; empty when it is usable. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!columns.containsKey(AccountField.ACCOUNT_ID)) {
            out.add("account_id is not mapped to a column");
        }
        out.addAll(source.problems());
        return out;
    }

    @Override
    public LogFormat format() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("account mapping '" + name + "' is not usable: "
                    + String.join("; ", p));
        }
        return layout() == ColumnMapping.Layout.CSV ? new MappedAccountCsvFormat(this)
                : new MappedAccountJsonFormat(this);
    }

    @Override
    public String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", ColumnMapping.VERSION);
        root.put("kind", KIND);
        root.put("name", name);
        source.write(root);
        ObjectNode cols = root.putObject("columns");
        columns.forEach((f, c) -> cols.put(f.key(), c));
        return MappingJson.write(root);
    }

    /** Reads a saved account mapping; throws {@link IllegalArgumentException} naming what is wrong with it. */
    public static AccountMapping fromJson(String json) {
        JsonNode root = MappingJson.root(json);
        if (MappingJson.kind(root) != MappingJson.Kind.ACCOUNTS) {
            throw new IllegalArgumentException("not an account mapping: \"kind\" must be \"" + KIND + "\"");
        }
        return of(root);
    }

    /** The account mapping in an already parsed saved form. */
    static AccountMapping of(JsonNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in an account mapping (known: "
                        + String.join(", ", TOP_KEYS) + ")");
            }
        }
        SourceLayout source = SourceLayout.read(root);
        Map<AccountField, String> cols = new EnumMap<>(AccountField.class);
        for (Map.Entry<String, String> e : MappingJson.columns(root).entrySet()) {
            AccountField f = AccountField.ofKey(e.getKey());
            if (f == null) {
                throw new IllegalArgumentException("unknown field '" + e.getKey() + "' in columns (known: "
                        + String.join(", ", AccountField.keys()) + ")");
            }
            cols.put(f, e.getValue());
        }
        return new AccountMapping(root.path("name").asText(""), source, cols);
    }

    public static AccountMapping load(Path file) throws IOException {
        return MappingJson.load(file, AccountMapping::fromJson);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountMapping m && m.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "AccountMapping" + toJson();
    }
}
