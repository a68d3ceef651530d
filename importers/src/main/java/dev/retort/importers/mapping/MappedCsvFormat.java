package dev.retort.importers.mapping;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.LineReader;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CSV exchanges read through a {@link ColumnMapping}. The no-argument form (registered as format {@code csv}) uses
 * the built-in mapping for Retort's own header, and falls back to {@linkplain ColumnMapping#guess guessing} from
 * the file's header when that header differs; a mapping given explicitly is used as is.
 */
public final class MappedCsvFormat implements LogFormat {

    private static final int PROGRESS_EVERY = 4096;
    private static final int RAW_PREVIEW = 4096;

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
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        LineReader reader = new LineReader(in);
        Rows state = new Rows(sink);
        CsvRecords records = new CsvRecords(mapping.delimiter(), reader.maxLineBytes(), state);
        while (reader.next()) {
            long line = reader.lineNumber();
            if (reader.oversized()) {
                records.interrupt("unterminated quoted field before an over-long line");
                sink.quarantine(line, "line longer than " + reader.maxLineBytes() + " bytes (" + reader.fullLength()
                        + " bytes); skipped", reader.preview(RAW_PREVIEW));
            } else {
                String text = reader.text();
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                records.line(line, text);
            }
            if (state.failure != null) {
                throw state.failure;
            }
            if (line % PROGRESS_EVERY == 0) {
                progress.update(reader.bytesRead(), -1, description());
                if (progress.isCancelled()) {
                    throw new CancelledException("Reading " + description());
                }
            }
        }
        records.finish();
        if (state.failure != null) {
            throw state.failure;
        }
        progress.update(reader.bytesRead(), -1, description());
    }

    /** Holds the header's column positions once read, and maps each later record. */
    private final class Rows implements CsvRecords.Listener {
        private final RecordSink sink;
        private Map<Field, Integer> index;
        private int width;
        private RowMapper rows;
        private MappingMismatchException failure;

        Rows(RecordSink sink) {
            this.sink = sink;
            if (!mapping.header()) {
                bind(mapping, null);
            }
        }

        @Override
        public void record(long firstLine, List<String> fields, String raw) {
            if (failure != null) {
                return;
            }
            if (index == null) {
                header(fields);
                return;
            }
            boolean fits = mapping.header() ? fields.size() == width : fields.size() >= width;
            if (!fits) {
                sink.quarantine(firstLine, "expected " + width + " columns, found " + fields.size(), clip(raw));
                return;
            }
            try {
                sink.exchange(rows.map(firstLine, f -> {
                    Integer i = index.get(f);
                    return i == null || i >= fields.size() ? null : fields.get(i);
                }));
            } catch (RowMapper.BadRow e) {
                sink.quarantine(firstLine, e.getMessage(), clip(raw));
            }
        }

        @Override
        public void broken(long firstLine, String reason, String raw) {
            sink.quarantine(firstLine, reason, clip(raw));
        }

        private void header(List<String> names) {
            ColumnMapping m = mapping;
            List<String> missing = missing(m, names);
            if (adaptive && !missing.isEmpty()) {
                m = ColumnMapping.guess(names, ColumnMapping.Layout.CSV);
                missing = missing(m, names);
                if (m.column(Field.TIMESTAMP) == null) {
                    failure = new MappingMismatchException("no time column among " + names
                            + "; give a column mapping (--mapping) that names it");
                    return;
                }
            }
            if (!missing.isEmpty()) {
                failure = new MappingMismatchException("mapped column(s) " + missing + " not in the header "
                        + names);
                return;
            }
            bind(m, names);
        }

        private void bind(ColumnMapping m, List<String> names) {
            Map<Field, Integer> idx = new EnumMap<>(Field.class);
            Map<String, Integer> byName = new HashMap<>();
            if (names != null) {
                for (int i = 0; i < names.size(); i++) {
                    byName.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
                }
            }
            m.columns().forEach((f, col) -> {
                Integer i = names != null ? byName.get(col.trim().toLowerCase(Locale.ROOT)) : position(col);
                if (i != null) {
                    idx.put(f, i);
                }
            });
            index = idx;
            width = names != null ? names.size() : maxIndex() + 1;
            rows = new RowMapper(m);
        }

        private int maxIndex() {
            int max = 0;
            for (int i : index.values()) {
                max = Math.max(max, i);
            }
            return max;
        }

        private List<String> missing(ColumnMapping m, List<String> names) {
            List<String> lower = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
            return m.columns().values().stream().filter(c -> !lower.contains(c.trim().toLowerCase(Locale.ROOT)))
                    .toList();
        }
    }

    private static Integer position(String col) {
        try {
            int p = Integer.parseInt(col.trim());
            return p >= 1 ? p - 1 : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String raw) {
        return raw.length() > RAW_PREVIEW ? raw.substring(0, RAW_PREVIEW) : raw;
    }
}
