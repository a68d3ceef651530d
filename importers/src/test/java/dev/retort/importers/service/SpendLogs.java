package dev.retort.importers.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPOutputStream;

/** Writes LiteLLM spend-log JSONL for tests: request ids r-{from}..r-{to}, every {@code badEvery}-th line broken. */
final class SpendLogs {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    static final long T0 = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();

    private SpendLogs() {}

    static String row(int i) {
        String account = "acct-" + (i % 37);
        String prompt = "Solve task " + i + " step by step and show your reasoning for template " + (i % 5);
        return "{\"request_id\":\"r-" + i + "\",\"call_type\":\"acompletion\",\"api_key\":\"hk-" + (i % 37)
                + "\",\"startTime\":\"" + TIME.format(Instant.ofEpochMilli(T0 + i * 7_000L)) + "\",\"model\":\"m-"
                + (i % 3) + "\",\"user\":\"" + account + "\",\"prompt_tokens\":" + (10 + i % 7)
                + ",\"completion_tokens\":" + (20 + i % 11) + ",\"requester_ip_address\":\"10.0." + (i % 5) + "."
                + (i % 200) + "\",\"status\":\"success\",\"metadata\":\"{\\\"user_agent\\\":\\\"client/"
                + (i % 4) + "\\\"}\",\"messages\":\"[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"" + prompt
                + "\\\"}]\",\"response\":\"{\\\"choices\\\":[{\\\"message\\\":{\\\"content\\\":\\\"answer " + i
                + "\\\"}}]}\"}";
    }

    /** Lines {@code from..to} (inclusive); a line number divisible by {@code badEvery} (if > 0) is broken JSON. */
    static Path write(Path file, int from, int to, int badEvery) throws IOException {
        boolean gzip = file.toString().endsWith(".gz");
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GZIPOutputStream(raw) : raw;
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            for (int i = from; i <= to; i++) {
                String row = row(i);
                w.write(badEvery > 0 && i % badEvery == 0 ? row.substring(0, row.length() / 2) : row);
                w.write('\n');
            }
        }
        return file;
    }
}
