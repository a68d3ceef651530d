package dev.retort.importers.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.json.JsonRecordFormat;
import dev.retort.importers.json.JsonValues;
import dev.retort.importers.json.MessageText;
import java.util.Set;
import java.util.function.Supplier;

/**
 * JSON Lines exchanges read through a {@link ColumnMapping} whose columns are dotted paths into each record
 * ("metadata.user"). A prompt or response path that leads to a list of chat messages is reduced to their text.
 */
public final class MappedJsonFormat extends JsonRecordFormat {

    private final ColumnMapping mapping;
    private final RowMapper rows;

    public MappedJsonFormat(ColumnMapping mapping) {
        if (mapping.layout() != ColumnMapping.Layout.JSONL) {
            throw new IllegalArgumentException("mapping '" + mapping.name() + "' is for " + mapping.layout()
                    + ", not JSONL");
        }
        this.mapping = mapping;
        this.rows = new RowMapper(mapping);
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "JSON Lines exchanges (mapping '" + mapping.name() + "')";
    }

    @Override
    public double sniff(String head) {
        String ts = mapping.column(Field.TIMESTAMP);
        if (ts == null || !head.startsWith("{")) {
            return 0;
        }
        String leaf = ts.substring(ts.lastIndexOf('.') + 1);
        return head.contains("\"" + leaf + "\"") ? 0.5 : 0;
    }

    @Override
    protected void record(long line, JsonNode node, Supplier<String> raw, RecordSink sink) {
        try {
            sink.exchange(rows.map(line, f -> value(node, f)));
        } catch (RowMapper.BadRow e) {
            sink.quarantine(line, e.getMessage(), preview(raw.get()));
        }
    }

    private String value(JsonNode node, Field f) {
        String path = mapping.column(f);
        if (path == null) {
            return null;
        }
        JsonNode v = JsonValues.at(node, path);
        if (v.isContainerNode()) {
            Set<String> roles = f == Field.RESPONSE ? MessageText.RESPONSE_ROLES : MessageText.PROMPT_ROLES;
            return f == Field.PROMPT || f == Field.RESPONSE ? MessageText.of(v, roles) : v.toString();
        }
        return JsonValues.text(v);
    }
}
