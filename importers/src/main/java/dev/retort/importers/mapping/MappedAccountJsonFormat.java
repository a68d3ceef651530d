package dev.retort.importers.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.accounts.AccountRows;
import dev.retort.importers.json.JsonRecordFormat;
import dev.retort.importers.json.JsonValues;
import java.util.function.Supplier;

/** An account export as JSON Lines read through an {@link AccountMapping} whose columns are dotted paths. */
final class MappedAccountJsonFormat extends JsonRecordFormat {

    private final AccountMapping mapping;
    private final AccountRows rules;

    MappedAccountJsonFormat(AccountMapping mapping) {
        this.mapping = mapping;
        this.rules = new AccountRows(mapping.time()::millis);
    }

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String description() {
        return "account export JSON Lines (mapping '" + mapping.name() + "')";
    }

    @Override
    public double sniff(String head) {
        return startsWithObject(head) ? 0.5 : 0;
    }

    @Override
    protected void record(long line, JsonNode node, Supplier<String> raw, RecordSink sink) {
        try {
            sink.account(rules.read(line, f -> {
                String path = mapping.column(f);
                return path == null ? null : JsonValues.text(JsonValues.at(node, path));
            }));
        } catch (AccountRows.BadRow e) {
            sink.quarantine(line, e.getMessage(), preview(raw.get()));
        }
    }
}
