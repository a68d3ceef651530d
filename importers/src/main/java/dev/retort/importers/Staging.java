package dev.retort.importers;

import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gets the files of an import ready for the writer, one ahead of it: when a file's parser reaches its end, the next
 * file's format is found and its parse started at once, while the writer still works through the records before
 * it. Without this the second core idled at every file boundary, as the writer drained the queue, committed, and
 * then waited for the next file's first batch; importing 49 daily files was 10 % slower than one file of the same
 * lines (ADR 0075).
 *
 * <p>Nothing here touches the case: the writer still registers each file (and finds it already imported) in order.
 * A file found already imported after its parse began only costs the parsing done until then.
 */
final class Staging implements AutoCloseable {
    private final List<SourceFiles.Candidate> files;
    private final Formats formats;
    private final ImportService.Request request;
    private final Progress progress;
    private Staged ahead;      // staged and not yet taken by the writer
    private int taken = -1;    // the file the writer is on
    private int wanted = -1;   // a file to stage as soon as the writer takes the one before it
    private boolean closed;

    Staging(List<SourceFiles.Candidate> files, Formats formats, ImportService.Request request, Progress progress) {
        this.files = files;
        this.formats = formats;
        this.request = request;
        this.progress = progress;
    }

    /** File {@code index}, staged ahead if its predecessor's parse got to the end, else now. */
    Staged take(int index) {
        Staged unwanted = null;
        Staged staged;
        synchronized (this) {
            staged = ahead;
            ahead = null;
            if (staged == null || staged.index() != index) {
                unwanted = staged;
                staged = stage(index);
            }
            taken = index;
            if (wanted == index + 1) {
                wanted = -1;
                ahead = stage(index + 1);
            }
        }
        closeQuietly(unwanted); // outside the lock: it waits for a parser that may be calling parsed()
        return staged;
    }

    /**
     * Runs on the parser thread of file {@code index} once it has parsed the whole file. Only one file is staged
     * ahead: if the writer has not taken this one yet, the next one waits until it does.
     */
    private synchronized void parsed(int index) {
        if (closed || progress.isCancelled() || index + 1 == files.size()) {
            return;
        }
        if (taken == index && ahead == null) {
            ahead = stage(index + 1);
        } else {
            wanted = index + 1;
        }
    }

    private Staged stage(int index) {
        SourceFiles.Candidate c = files.get(index);
        Path file = c.path();
        try {
            long size = Files.size(file);
            boolean gzip = SourceFiles.isGzip(file);
            String head = SourceFiles.head(file, gzip);
            if (SourceFiles.blank(head)) {
                return Staged.early(index, file, new FileResult(file, null, FileResult.Outcome.EMPTY, null,
                        file + ": empty, nothing to import", size, 0));
            }
            LogFormat format = request.format();
            if (format == null) {
                format = SourceFiles.looksBinary(head) ? null : formats.detect(head).orElse(null);
                if (format == null) {
                    String why = file + ": not a known log format" + (SourceFiles.looksBinary(head) ? " (binary data)"
                            : "") + "; expected one of: " + formats.describe()
                            + " (use --format to force one, or --mapping for other CSV/JSONL)";
                    return Staged.early(index, file, new FileResult(file, null, c.fromDirectory()
                            ? FileResult.Outcome.SKIPPED : FileResult.Outcome.REFUSED, null, why, size, 0));
                }
            }
            String refusal = format.refusal(head);
            if (refusal != null) {
                return Staged.early(index, file, new FileResult(file, format.id(), FileResult.Outcome.REFUSED, null,
                        file + ": " + refusal, size, 0));
            }
            String quickKey = SourceFiles.quickKey(file);
            FileParse parse = FileParse.start(file, gzip, format, progress, () -> parsed(index));
            return new Staged(index, file, size, format, quickKey, parse, null, null);
        } catch (IOException e) {
            return new Staged(index, file, 0, null, null, null, null, e);
        } catch (UncheckedIOException e) {
            return new Staged(index, file, 0, null, null, null, null, e.getCause());
        }
    }

    /** Stops the file staged and not taken, if any. */
    @Override
    public void close() {
        Staged left;
        synchronized (this) {
            closed = true;
            left = ahead;
            ahead = null;
        }
        closeQuietly(left);
    }

    private static void closeQuietly(Staged staged) {
        if (staged != null && staged.parse() != null) {
            try {
                staged.parse().close();
            } catch (IOException e) {
                // an unwanted parse: nothing of it reaches the case
            }
        }
    }

    /**
     * A file ready for the writer: either an outcome already known (empty, refused, skipped), a failure to report,
     * or its format, quick key and the parse under way.
     */
    record Staged(int index, Path file, long size, LogFormat format, String quickKey, FileParse parse,
                  FileResult early, IOException failure) {
        static Staged early(int index, Path file, FileResult result) {
            return new Staged(index, file, result.bytes(), null, null, null, result, null);
        }
    }
}
