package dev.retort.importers.mapping;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.accounts.AccountField;
import dev.retort.importers.accounts.AccountRows;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
    private final class Rows implements CsvFile.Reader {
        private final RecordSink sink;
        private final AccountRows rules = new AccountRows(mapping.time()::millis);
        private HeaderColumns<AccountField> index;
        private MappingMismatchException failure;

        Rows(RecordSink sink) {
            this.sink = sink;
            if (!mapping.header()) {
                index = HeaderColumns.bind(AccountField.class, mapping.columns(), null);
            }
        }

        @Override
        public IOException failure() {
            return failure;
        }

        @Override
        public void record(long firstLine, List<String> fields, String raw) {
            if (failure != null) {
                return;
            }
            if (index == null) {
                List<String> missing = HeaderColumns.missing(mapping.columns(), fields);
                if (missing.isEmpty()) {
                    index = HeaderColumns.bind(AccountField.class, mapping.columns(), fields);
                } else {
                    failure = new MappingMismatchException(HeaderColumns.mismatch(missing, fields));
                }
                return;
            }
            String misfit = index.widthProblem(fields.size());
            if (misfit != null) {
                sink.quarantine(firstLine, misfit, CsvFile.clip(raw));
                return;
            }
            try {
                sink.account(rules.read(firstLine, f -> index.get(fields, f)));
            } catch (AccountRows.BadRow e) {
                sink.quarantine(firstLine, e.getMessage(), CsvFile.clip(raw));
            }
        }

        @Override
        public void broken(long firstLine, String reason, String raw) {
            sink.quarantine(firstLine, reason, CsvFile.clip(raw));
        }
    }
}
