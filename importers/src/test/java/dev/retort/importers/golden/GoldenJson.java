package dev.retort.importers.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.io.Json;
import dev.retort.store.ingest.Exchange;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** How golden tests write what a parser produced, so every format's expected files read the same way. */
public final class GoldenJson {
    private GoldenJson() {}

    public static void putExchanges(ObjectNode root, List<Exchange> exchanges) {
        ArrayNode ex = root.putArray("exchanges");
        for (Exchange e : exchanges) {
            ObjectNode o = ex.addObject();
            o.put("line", e.line());
            o.put("time", Instant.ofEpochMilli(e.tsMillis()).toString());
            o.put("requestId", e.requestId());
            o.put("account", e.account());
            o.put("apiKey", e.apiKey());
            o.put("ip", e.ip());
            o.put("userAgent", e.userAgent());
            o.put("model", e.model());
            o.put("tokensIn", e.tokensIn());
            o.put("tokensOut", e.tokensOut());
            o.put("status", e.status());
            o.put("latencyMs", e.latencyMs());
            o.put("prompt", e.prompt());
            o.put("response", e.response());
        }
    }

    public static void putQuarantine(ObjectNode root, List<ListSink.Quarantined> quarantined) {
        ArrayNode q = root.putArray("quarantine");
        for (ListSink.Quarantined e : quarantined) {
            q.addObject().put("line", e.line()).put("reason", e.reason());
        }
    }

    public static String pretty(JsonNode n) throws IOException {
        return Json.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n);
    }
}
