package dev.retort.importers;

import dev.retort.store.ingest.AccountRow;
import dev.retort.store.ingest.Exchange;
import dev.retort.store.ingest.IngestSession;
import dev.retort.store.ingest.PromptSimHash;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;

/**
 * Parses on one thread and writes on the calling thread, with a bounded queue of record batches between them, so
 * JSON parsing and fingerprinting overlap with SQLite's work on a two-core laptop.
 *
 * <p>The prompt fingerprint (SimHash) goes to whichever thread has time: a batch handed over while the writer
 * already has {@link #WRITER_BEHIND} batches waiting is fingerprinted by the parser, otherwise by the writer. The
 * value does not depend on the thread, only the balance of work does.
 */
final class Pipeline {
    private static final int BATCH = 1024;
    private static final int QUEUE_BATCHES = 32;
    /** Batches waiting that mean the writer is the slower thread (a parser that is behind leaves the queue empty). */
    static final int WRITER_BEHIND = 2;
    private static final List<Object> END = List.of();

    record Quarantined(long line, String reason, String raw) {
    }

    record Hashed(Exchange exchange, long simhash) {
    }

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private volatile boolean stop;
    private volatile Throwable parserFailure;
    private volatile boolean parserCancelled;
    private long lastLine;
    private volatile long parseCpuNanos;

    private Thread parser;
    private LogFormat format;

    /**
     * Starts parsing {@code content} on a thread of its own. {@code onParsed} runs on that thread once the whole
     * content is parsed (not after a cancel or a failure), before the writer sees the end: the import uses it to
     * start the next file while the writer finishes this one.
     */
    void start(LogFormat format, InputStream content, Progress progress, Runnable onParsed) {
        this.format = format;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        parser = new Thread(() -> {
            parse(format, content, progress, onParsed);
            parseCpuNanos = mx.getCurrentThreadCpuTime();
        }, "retort-parse");
        parser.setDaemon(true);
        parser.start();
    }

    /** Writes what the parser hands over on the calling thread, to the end; the outcome: whether the user cancelled. */
    boolean writeInto(IngestSession session, Progress progress, LongSupplier bytesDone, long bytesTotal,
                      String label) {
        boolean cancelled = false;
        long records = 0;
        try {
            while (true) {
                List<Object> batch = queue.take();
                if (batch == END) {
                    break;
                }
                if (stop) {
                    continue; // draining after a failure or cancel
                }
                for (Object item : batch) {
                    if (item instanceof Hashed h) {
                        session.exchange(h.exchange(), h.simhash());
                    } else if (item instanceof Exchange e) {
                        session.exchange(e, simhash(e));
                    } else if (item instanceof Quarantined q) {
                        session.quarantine(q.line(), q.reason(), q.raw());
                    } else {
                        session.account((AccountRow) item);
                    }
                }
                records += batch.size();
                progress.update(bytesDone.getAsLong(), bytesTotal, label + ": " + records + " records");
                if (progress.isCancelled()) {
                    cancelled = true;
                    stop = true;
                }
            }
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
            throw new CancelledException("import");
        } catch (RuntimeException e) {
            abandon();
            throw e;
        }
        if (parserFailure != null) {
            throw new IllegalStateException("the " + format.id() + " parser failed: " + parserFailure, parserFailure);
        }
        return cancelled || parserCancelled;
    }

    /** Stops a started parse whose records are not wanted, and waits until its thread has ended. */
    void abandon() {
        stop = true;
        try {
            while (parser.isAlive()) {
                queue.clear(); // a parser waiting for room sees the stop
                parser.join(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long simhash(Exchange e) {
        return e.prompt() != null ? PromptSimHash.of(e.prompt()) : 0L;
    }

    /** CPU time of the parsing thread (read, decompress, hash, parse, and the fingerprints it took on). */
    long parseCpuNanos() {
        return parseCpuNanos;
    }

    private void parse(LogFormat format, InputStream content, Progress progress, Runnable onParsed) {
        Sink sink = new Sink();
        Progress stopAware = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // the writer reports progress in file bytes
            }

            @Override
            public boolean isCancelled() {
                return stop || progress.isCancelled();
            }
        };
        boolean parsed = false;
        try (InputStream in = content) {
            format.parse(in, sink, stopAware);
            parsed = true;
        } catch (CancelledException e) {
            parserCancelled = true;
        } catch (IOException e) {
            if (!stop) { // a damaged file (truncated gzip, I/O error): keep what was read, say where it ended
                sink.quarantine(lastLine + 1, "file unreadable from here on: " + e.getMessage(), null);
            }
        } catch (Throwable t) {
            parserFailure = t;
        } finally {
            try {
                sink.flush();
            } catch (CancelledException e) {
                parsed = false; // the writer stopped; what is left is not wanted
            }
            if (parsed && !stop) {
                try {
                    onParsed.run();
                } catch (RuntimeException e) {
                    // the writer prepares the next file itself then, and meets the same error there
                }
            }
            put(END);
        }
    }

    private void put(List<Object> batch) {
        try {
            while (!queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (stop && batch != END) {
                    throw new CancelledException("import");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("import");
        }
    }

    /** Runs on the parser thread: hands records over in batches, fingerprinted here when the writer is behind. */
    private final class Sink implements RecordSink {
        private List<Object> batch = new ArrayList<>(BATCH);

        @Override
        public void exchange(Exchange e) {
            add(e, e.line());
        }

        @Override
        public void account(AccountRow a) {
            add(a, a.line());
        }

        @Override
        public void quarantine(long line, String reason, String raw) {
            String capped = raw != null && raw.length() > 4096 ? raw.substring(0, 4096) : raw;
            add(new Quarantined(line, reason, capped), line);
        }

        private void add(Object item, long line) {
            lastLine = Math.max(lastLine, line);
            batch.add(item);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                if (queue.size() >= WRITER_BEHIND) {
                    batch.replaceAll(item -> item instanceof Exchange e ? new Hashed(e, simhash(e)) : item);
                }
                List<Object> full = batch;
                batch = new ArrayList<>(BATCH);
                put(full);
            }
        }
    }
}
