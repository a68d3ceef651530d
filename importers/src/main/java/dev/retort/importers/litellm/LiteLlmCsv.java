package dev.retort.importers.litellm;

import dev.retort.importers.RecordSink;
import dev.retort.importers.io.CsvRecordReader;
import dev.retort.importers.io.LineReader;
import dev.retort.store.ingest.Exchange;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CSV export of LiteLLM's spend-log table: a header row naming the columns, then one row per request. */
final class LiteLlmCsv {
    private final RecordSink sink;
    private final Progress progress;
    private final Map<String, Integer> columns = new HashMap<>();

    LiteLlmCsv(RecordSink sink, Progress progress) {
        this.sink = sink;
        this.progress = progress;
    }

    void parse(LineReader lines) throws IOException {
        CsvRecordReader csv = new CsvRecordReader(lines);
        if (!csv.next()) {
            return;
        }
        List<String> header = List.copyOf(csv.fields());
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            columns.put(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name, i);
        }
        if (!columns.containsKey("startTime")) {
            sink.quarantine(csv.line(), "CSV header has no startTime column", csv.raw());
            return;
        }
        StringBuilder problem = new StringBuilder();
        long n = 0;
        while (csv.next()) {
            if ((++n & 1023) == 0 && progress.isCancelled()) {
                throw new CancelledException("import");
            }
            if (csv.problem() != null) {
                sink.quarantine(csv.line(), csv.problem(), csv.raw());
                continue;
            }
            List<String> f = csv.fields();
            if (f.size() != header.size()) {
                sink.quarantine(csv.line(), "expected " + header.size() + " fields, found " + f.size(), csv.raw());
                continue;
            }
            LiteLlmRow r = new LiteLlmRow();
            r.requestId = get(f, "request_id");
            r.startTime = get(f, "startTime");
            r.endTime = get(f, "endTime");
            r.durationMs = number(get(f, "request_duration_ms"));
            r.model = get(f, "model");
            r.modelGroup = get(f, "model_group");
            r.user = get(f, "user");
            r.teamId = get(f, "team_id");
            r.orgId = get(f, "organization_id");
            r.apiKey = get(f, "api_key");
            r.ip = get(f, "requester_ip_address");
            r.status = get(f, "status");
            r.promptTokens = (int) number(get(f, "prompt_tokens"));
            r.completionTokens = (int) number(get(f, "completion_tokens"));
            r.messages = get(f, "messages");
            r.response = get(f, "response");
            LiteLlmJsonReader.metadataFromString(get(f, "metadata"), r);
            problem.setLength(0);
            Exchange ex = r.toExchange(csv.line(), problem);
            if (ex == null) {
                sink.quarantine(csv.line(), problem.toString(), csv.raw());
            } else {
                sink.exchange(ex);
            }
        }
    }

    private String get(List<String> fields, String column) {
        Integer i = columns.get(column);
        return i == null ? null : LiteLlmRow.blankToNull(fields.get(i));
    }

    private static long number(String s) {
        if (s == null) {
            return -1;
        }
        try {
            return Math.max(-1, (long) Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
