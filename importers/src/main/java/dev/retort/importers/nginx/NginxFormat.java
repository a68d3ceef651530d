package dev.retort.importers.nginx;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.LineReader;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;

/**
 * nginx access logs in the {@code combined} format, and the common variant with {@code $host} in front. Every
 * request line becomes an exchange: time, client IP, status, user agent and, when the gateway authenticated it,
 * the account in {@code $remote_user}. No request id (de-duplication uses a content hash), no text, no tokens.
 */
public final class NginxFormat implements LogFormat {

    private static final int PROGRESS_EVERY = 4096;
    private static final int RAW_PREVIEW = 4096;

    @Override
    public String id() {
        return "nginx";
    }

    @Override
    public String description() {
        return "nginx access log (combined)";
    }

    @Override
    public double sniff(String head) {
        String[] lines = head.split("\n");
        // The head is cut at a byte count: its last line may be partial unless the head ends a line.
        int usable = head.endsWith("\n") || lines.length == 1 ? lines.length : lines.length - 1;
        int good = 0;
        int seen = 0;
        for (int i = 0; i < usable && seen < 5; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            seen++;
            if (NginxLine.parse(i + 1, lines[i].strip()) instanceof NginxLine.Parsed) {
                good++;
            }
        }
        if (seen == 0) {
            return 0;
        }
        return good == seen ? 0.9 : good > 0 ? 0.5 : 0;
    }

    @Override
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        LineReader reader = new LineReader(in);
        while (reader.next()) {
            long line = reader.lineNumber();
            if (reader.oversized()) {
                sink.quarantine(line, "line longer than " + reader.maxLineBytes() + " bytes (" + reader.fullLength()
                        + " bytes); skipped", reader.preview(RAW_PREVIEW));
            } else if (!reader.isBlank()) {
                NginxLine.Result r = NginxLine.parse(line, reader.text());
                if (r instanceof NginxLine.Parsed p) {
                    sink.exchange(p.exchange());
                } else if (r instanceof NginxLine.Bad b) {
                    sink.quarantine(line, b.reason(), reader.preview(RAW_PREVIEW));
                }
            }
            if (line % PROGRESS_EVERY == 0) {
                progress.update(reader.bytesRead(), -1, description());
                if (progress.isCancelled()) {
                    throw new CancelledException("Reading " + description());
                }
            }
        }
        progress.update(reader.bytesRead(), -1, description());
    }
}
