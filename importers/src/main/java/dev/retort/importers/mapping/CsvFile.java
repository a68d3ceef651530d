package dev.retort.importers.mapping;

import dev.retort.importers.RecordSink;
import dev.retort.importers.io.LineReader;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a whole CSV file into records for a {@link Reader}: a leading BOM is dropped, over-long lines are
 * quarantined, progress is reported and cancel honoured, and the reader can stop the file with a failure (a header
 * that lacks the mapped columns).
 */
final class CsvFile {

    static final int RAW_PREVIEW = 4096;
    private static final int PROGRESS_EVERY = 4096;

    /** Receives the records; {@link #failure()} ends the file with that exception once set. */
    interface Reader extends CsvRecords.Listener {
        IOException failure();
    }

    private CsvFile() {}

    static void read(InputStream in, char delimiter, Reader target, RecordSink sink, Progress progress,
                     String description) throws IOException {
        LineReader reader = new LineReader(in);
        CsvRecords records = new CsvRecords(delimiter, reader.maxLineBytes(), target);
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
            if (target.failure() != null) {
                throw target.failure();
            }
            if (line % PROGRESS_EVERY == 0) {
                progress.update(reader.bytesRead(), -1, description);
                if (progress.isCancelled()) {
                    throw new CancelledException("Reading " + description);
                }
            }
        }
        records.finish();
        if (target.failure() != null) {
            throw target.failure();
        }
        progress.update(reader.bytesRead(), -1, description);
    }

    static String clip(String raw) {
        return raw.length() > RAW_PREVIEW ? raw.substring(0, RAW_PREVIEW) : raw;
    }
}
