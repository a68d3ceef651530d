package dev.retort.analysis;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * The JSON form of a run ({@code retort analyze --json}): {@code run} with its parameters, {@code campaigns} with
 * members, score, window, signals and reasons, and {@code accounts} with score, campaign (null when none) and
 * reasons. Streamed, so 25,000 accounts cost no extra memory.
 */
public final class ResultsJson {
    private ResultsJson() {}

    public static void write(AnalysisResults results, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            writeRun(g, results.run());
            g.writeArrayFieldStart("campaigns");
            for (CampaignResult c : results.campaigns()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("verdict", c.verdict());
                g.writeNumberField("score", c.score());
                g.writeArrayFieldStart("accounts");
                for (String a : c.accounts()) {
                    g.writeString(a);
                }
                g.writeEndArray();
                g.writeNumberField("exchanges", c.exchanges());
                g.writeObjectFieldStart("window");
                instant(g, "start", c.windowStart());
                instant(g, "end", c.windowEnd());
                instant(g, "rampEnd", c.rampEnd());
                g.writeEndObject();
                g.writeObjectField("signals", new TreeMap<>(c.signals()));
                reasons(g, c.reasons());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("accounts");
            for (AccountScore a : results.accounts()) {
                g.writeStartObject();
                g.writeStringField("id", a.account());
                g.writeNumberField("score", a.score());
                g.writeStringField("campaign", a.campaign());
                g.writeStringField("cluster", a.cluster());
                g.writeObjectField("signals", new TreeMap<>(a.signals()));
                reasons(g, a.reasons());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRun(JsonGenerator g, RunInfo run) throws IOException {
        g.writeObjectFieldStart("run");
        g.writeNumberField("id", run.id());
        instant(g, "startedAt", run.startedAt());
        instant(g, "finishedAt", run.finishedAt());
        g.writeStringField("analyst", run.analyst());
        g.writeStringField("toolVersion", run.toolVersion());
        g.writeStringField("configVersion", run.configVersion());
        g.writeFieldName("parameters");
        g.writeTree(Json.MAPPER.readTree(run.configJson()));
        g.writeNumberField("accounts", run.accounts());
        g.writeNumberField("exchanges", run.exchanges());
        g.writeNumberField("durationMs", run.durationMs());
        g.writeEndObject();
    }

    private static void reasons(JsonGenerator g, List<Reason> reasons) throws IOException {
        g.writeArrayFieldStart("reasons");
        for (Reason r : reasons) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeNumberField("weight", r.weight());
            g.writeStringField("text", r.text());
            g.writeObjectField("exchanges", r.exchangeIds());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void instant(JsonGenerator g, String field, Instant value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value.toString());
        }
    }
}
