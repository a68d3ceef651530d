package dev.retort.importers.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instrumentation that keeps message content out of spans writes it to a GenAI inference event instead: the
 * span (timing, identity) and the event (text) of one call share {@code gen_ai.response.id} and become one exchange.
 */
class OtlpSpanEventJoinTest {

    @TempDir
    Path dir;

    private static String attr(String key, String value) {
        return "{\"key\":\"" + key + "\",\"value\":{\"stringValue\":\"" + value + "\"}}";
    }

    @Test
    void spanAndInferenceEventOfOneCallAreOneExchange() throws Exception {
        Path traces = dir.resolve("traces.jsonl");
        Files.writeString(traces, "{\"resourceSpans\":[{\"resource\":{\"attributes\":[" + attr("user.id", "acct-1")
                + "," + attr("client.address", "192.0.2.44") + "]},\"scopeSpans\":[{\"spans\":[{\"traceId\":\"aa\","
                + "\"spanId\":\"bb\",\"startTimeUnixNano\":\"1775037600000000000\",\"endTimeUnixNano\":"
                + "\"1775037602000000000\",\"attributes\":[" + attr("gen_ai.request.model", "orion-3") + ","
                + attr("gen_ai.response.id", "resp-1") + "]}]}]}]}\n", StandardCharsets.UTF_8);
        Path logs = dir.resolve("logs.jsonl");
        Files.writeString(logs, "{\"resourceLogs\":[{\"resource\":{\"attributes\":[" + attr("user.id", "acct-1")
                + "]},\"scopeLogs\":[{\"logRecords\":[{\"timeUnixNano\":\"1775037602000000000\",\"eventName\":"
                + "\"gen_ai.client.inference.operation.details\",\"attributes\":["
                + attr("gen_ai.response.id", "resp-1") + "," + attr("gen_ai.input.messages",
                "[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"Explain step by step\\\"}]") + "]}]}]}]}\n",
                StandardCharsets.UTF_8);
        try (CaseFile c = CaseFile.create(dir.resolve("c.retort"), "join")) {
            ImportService service = new ImportService(c, Formats.installed(), IngestOptions.DEFAULTS);
            service.run(new ImportService.Request(List.of(traces), null, "{}", false), Progress.NONE);
            service.run(new ImportService.Request(List.of(logs), null, "{}", false), Progress.NONE);
            try (Statement st = c.connection().createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT count(*), max(e.ts), max(e.latency_ms), max(i.ip), max(t.prompt)
                      FROM exchanges e
                      LEFT JOIN ips i ON i.id = e.ip_id
                      LEFT JOIN exchange_texts t ON t.exchange_id = e.id
                    """)) {
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertEquals(1775037600000L, rs.getLong(2), "the span's start, not the event's time");
                assertEquals(2000, rs.getInt(3));
                assertEquals("192.0.2.44", rs.getString(4));
                assertEquals("Explain step by step", rs.getString(5));
            }
        }
    }
}
