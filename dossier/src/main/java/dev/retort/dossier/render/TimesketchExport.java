package dev.retort.dossier.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.ExchangeRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * timesketch.jsonl: one event per dossier exchange, with the fields Timesketch requires (message, datetime,
 * timestamp in microseconds, timestamp_desc) plus the exchange's attributes, tags and source.
 */
public final class TimesketchExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGE_PROMPT_CHARS = 160;

    private TimesketchExport() {}

    public static void write(DossierDocument doc, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ExchangeRow x : doc.exchanges()) {
                w.write(line(x));
                w.write('\n');
            }
        }
    }

    static String line(ExchangeRow x) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(s)) {
            Instant t = Instant.parse(x.timestamp());
            g.writeStartObject();
            g.writeStringField("message", message(x));
            g.writeStringField("datetime", x.timestamp());
            g.writeNumberField("timestamp", ChronoUnit.MICROS.between(Instant.EPOCH, t));
            g.writeStringField("timestamp_desc", "API request");
            g.writeNumberField("exchange_id", x.id());
            field(g, "account", x.account());
            field(g, "campaign", x.campaign());
            field(g, "ip", x.ip());
            field(g, "user_agent", x.userAgent());
            field(g, "api_key", x.apiKey());
            field(g, "model", x.model());
            if (x.tokensIn() != null) {
                g.writeNumberField("tokens_in", x.tokensIn());
            }
            if (x.tokensOut() != null) {
                g.writeNumberField("tokens_out", x.tokensOut());
            }
            if (x.status() != null) {
                g.writeNumberField("status", x.status());
            }
            field(g, "request_id", x.requestId());
            field(g, "prompt", x.prompt());
            field(g, "response", x.response());
            field(g, "source_file", x.sourceFile());
            g.writeNumberField("source_line", x.sourceLine());
            g.writeArrayFieldStart("tag");
            for (String tag : x.tags()) {
                g.writeString(tag);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return s.toString();
    }

    private static String message(ExchangeRow x) {
        String prompt = x.prompt() == null ? "" : x.prompt().replaceAll("\\s+", " ").strip();
        if (prompt.length() > MESSAGE_PROMPT_CHARS) {
            prompt = prompt.substring(0, MESSAGE_PROMPT_CHARS) + "...";
        }
        return (x.account() == null ? "unknown account" : x.account()) + " -> "
                + (x.model() == null ? "model?" : x.model()) + (prompt.isEmpty() ? "" : ": " + prompt);
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
