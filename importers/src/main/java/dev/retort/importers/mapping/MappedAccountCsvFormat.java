package dev.retort.importers.mapping;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.accounts.AccountField;
import dev.retort.importers.accounts.AccountRows;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * An account export as CSV read through an {@link AccountMapping}: the mapping's columns, delimiter and time
 * format, the account rules of {@link AccountRows}. Accounts merge with those seen in logs like any account export.
 */
final class MappedAccountCsvFormat implements LogFormat {

    private final AccountMapping mapping;

    MappedAccountCsvFormat(AccountMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String description() {
        return "account export CSV (mapping '" + mapping.name() + "')";
    }

    @Override
    public double sniff(String head) {
        return refusal(head) == null && HeaderColumns.headerOf(head, mapping.delimiter()) != null ? 0.8 : 0;
    }

    @Override
    public String refusal(String head) {
        return !mapping.header() ? null : HeaderColumns.refusal(head, mapping.delimiter(), mapping.columns());
    }

    @Override
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        CsvFile.read(in, mapping.delimiter(), new Rows(sink), sink, progress, description());
    }

    /** Binds the header, then turns each record into an account or a quarantined line. */
    private final class Rows extends MappedCsvRows<AccountField> {
        private final AccountRows rules = new AccountRows(mapping.time()::millis);

        Rows(RecordSink sink) {
            super(sink);
            if (!mapping.header()) {
                bind(HeaderColumns.bind(AccountField.class, mapping.columns(), null));
            }
        }

        @Override
        void header(List<String> names) {
            List<String> missing = HeaderColumns.missing(mapping.columns(), names);
            if (missing.isEmpty()) {
                bind(HeaderColumns.bind(AccountField.class, mapping.columns(), names));
            } else {
                fail(HeaderColumns.mismatch(missing, names));
            }
        }

        @Override
        String row(long line, Function<AccountField, String> field, RecordSink sink) {
            try {
                sink.account(rules.read(line, field::apply));
                return null;
            } catch (AccountRows.BadRow e) {
                return e.getMessage();
            }
        }
    }
}
