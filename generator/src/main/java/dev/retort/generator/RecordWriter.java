package dev.retort.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Writes one day's exchanges in one format; each line is built in a StringBuilder and written in one go. */
abstract class RecordWriter implements Closeable {

    private final List<Path> files = new ArrayList<>();
    private final List<Writer> writers = new ArrayList<>();
    private char[] scratch = new char[8192];
    final StringBuilder line = new StringBuilder(4096);
    final StringBuilder inner = new StringBuilder(2048);
    final Text text = new Text();

    static RecordWriter open(Format format, Path dir, LocalDate day, boolean gzip) throws IOException {
        RecordWriter w = switch (format) {
            case LITELLM -> new LiteLlmWriter();
            case OTLP -> new OtlpWriter();
            case BEDROCK -> new BedrockWriter();
            case NGINX -> new NginxWriter();
            case CSV -> new CsvWriter();
        };
        w.openFiles(dir, day, gzip);
        return w;
    }

    /** Opens this format's file(s) for the day. */
    abstract void openFiles(Path dir, LocalDate day, boolean gzip) throws IOException;

    abstract void write(Call c) throws IOException;

    /** Opens one output file; returns its index for {@link #emit(int, StringBuilder)}. */
    final int file(Path path, boolean gzip) throws IOException {
        OutputStream out = Files.newOutputStream(path);
        if (gzip) {
            out = new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
        files.add(path);
        writers.add(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20));
        return writers.size() - 1;
    }

    /** Writes the builder's content followed by a newline. */
    final void emit(int file, StringBuilder sb) throws IOException {
        sb.append('\n');
        int n = sb.length();
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        sb.getChars(0, n, scratch, 0);
        writers.get(file).write(scratch, 0, n);
    }

    List<Path> files() {
        return files;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
