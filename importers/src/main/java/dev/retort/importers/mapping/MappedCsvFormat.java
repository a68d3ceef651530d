package dev.retort.importers.mapping;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CSV exchanges read through a {@link ColumnMapping}. The no-argument form (registered as format {@code csv}) uses
 * the built-in mapping for Retort's own header, and falls back to {@linkplain ColumnMapping#guess guessing} from
 * the file's header when that header differs; a mapping given explicitly is used as is.
 */
public final class MappedCsvFormat implements LogFormat {

    private final ColumnMapping mapping;
    private final boolean adaptive;

    /** Retort's own CSV ({@link ColumnMapping#RETORT_CSV_HEADER}), guessing for other headers. */
    public MappedCsvFormat() {
        this.mapping = ColumnMapping.retortCsv();
        this.adaptive = true;
    }

    public MappedCsvFormat(ColumnMapping mapping) {
        if (mapping.layout() != ColumnMapping.Layout.CSV) {
            throw new IllegalArgumentException("mapping '" + mapping.name() + "' is for " + mapping.layout()
                    + ", not CSV");
        }
        this.mapping = mapping;
        this.adaptive = false;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return adaptive ? "CSV exchanges (Retort header)" : "CSV exchanges (mapping '" + mapping.name() + "')";
    }

    @Override
    public double sniff(String head) {
        int nl = head.indexOf('\n');
        String first = (nl < 0 ? head : head.substring(0, nl)).strip();
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        List<String> cols = CsvRecords.split(first, mapping.delimiter());
        if (cols == null || cols.size() < 3) {
            return 0;
        }
        List<String> lower = cols.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        if (lower.equals(ColumnMapping.RETORT_CSV_HEADER)) {
            return 0.95;
        }
        if (!adaptive) {
            return lower.containsAll(mapping.columns().values().stream()
                    .map(c -> c.toLowerCase(Locale.ROOT)).toList()) ? 0.8 : 0;
        }
        // Another CSV with a time column and an account column: importable by guessing, but let formats that
        // know the file better (LiteLLM's export) win.
        // An account export (account, created_at, email, ...) has a time and an account too: ask for at least one
        // column only an exchange has.
        ColumnMapping guessed = ColumnMapping.guess(cols, ColumnMapping.Layout.CSV);
        boolean exchangeColumn = Stream.of(Field.MODEL, Field.TOKENS_IN, Field.TOKENS_OUT,
                        Field.STATUS, Field.LATENCY_MS, Field.PROMPT, Field.REQUEST_ID)
                .anyMatch(f -> guessed.column(f) != null);
        return guessed.column(Field.TIMESTAMP) != null && guessed.column(Field.ACCOUNT) != null && exchangeColumn
                ? 0.3 : 0;
    }

    @Override
    public String refusal(String head) {
        return adaptive || !mapping.header() ? null : HeaderColumns.refusal(head, mapping.delimiter(), mapping.columns());
    }

    @Override
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        CsvFile.read(in, mapping.delimiter(), new Rows(sink), sink, progress, description());
    }

    /** Binds the header (guessing when adaptive), then maps each record to an exchange. */
    private final class Rows extends MappedCsvRows<Field> {
        private RowMapper rows;

        Rows(RecordSink sink) {
            super(sink);
            if (!mapping.header()) {
                bind(mapping, null);
            }
        }

        @Override
        String row(long line, Function<Field, String> field, RecordSink sink) {
            try {
                sink.exchange(rows.map(line, field::apply));
                return null;
            } catch (RowMapper.BadRow e) {
                return e.getMessage();
            }
        }

        @Override
        void header(List<String> names) {
            ColumnMapping m = mapping;
            List<String> missing = HeaderColumns.missing(m.columns(), names);
            if (adaptive && !missing.isEmpty()) {
                m = ColumnMapping.guess(names, ColumnMapping.Layout.CSV);
                missing = HeaderColumns.missing(m.columns(), names);
                if (m.column(Field.TIMESTAMP) == null) {
                    fail("no time column among " + names + "; give a column mapping (--mapping) that names it");
                    return;
                }
            }
            if (!missing.isEmpty()) {
                fail(HeaderColumns.mismatch(missing, names));
                return;
            }
            bind(m, names);
        }

        private void bind(ColumnMapping m, List<String> names) {
            bind(HeaderColumns.bind(Field.class, m.columns(), names));
            rows = new RowMapper(m);
        }
    }
}
