package dev.retort.importers.mapping;

import dev.retort.importers.RecordSink;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The records of a mapped CSV file: the first binds the header (or the file fails: its header lacks mapped
 * columns), each later one of the right width becomes a record through {@link #row}, or is quarantined with why.
 */
abstract class MappedCsvRows<K extends Enum<K>> implements CsvFile.Reader {

    private final RecordSink sink;
    private HeaderColumns<K> index;
    private MappingMismatchException failure;

    MappedCsvRows(RecordSink sink) {
        this.sink = sink;
    }

    /** Reads the header record: calls {@link #bind} or {@link #fail}. */
    abstract void header(List<String> names);

    /** Sends the record whose mapped fields {@code field} gives to {@code sink}; returns why it cannot, or null. */
    abstract String row(long line, Function<K, String> field, RecordSink sink);

    final void bind(HeaderColumns<K> columns) {
        index = columns;
    }

    final void fail(String why) {
        failure = new MappingMismatchException(why);
    }

    @Override
    public final IOException failure() {
        return failure;
    }

    @Override
    public final void record(long firstLine, List<String> fields, String raw) {
        if (failure != null) {
            return;
        }
        if (index == null) {
            header(fields);
            return;
        }
        String why = index.widthProblem(fields.size());
        if (why == null) {
            why = row(firstLine, k -> index.get(fields, k), sink);
        }
        if (why != null) {
            sink.quarantine(firstLine, why, CsvFile.clip(raw));
        }
    }

    @Override
    public final void broken(long firstLine, String reason, String raw) {
        sink.quarantine(firstLine, reason, CsvFile.clip(raw));
    }
}
