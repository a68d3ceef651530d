package dev.retort.generator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** {@code truth.json}: the labels the detector is judged against (layout in docs/generator.md). */
final class TruthWriter {

    private TruthWriter() {
    }

    static void write(Scenario s, Totals t, Path file) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("preset", s.preset.name());
            g.writeNumberField("seed", s.options.seed());
            g.writeNumberField("scale", s.options.scale());
            g.writeStringField("format", s.options.format().id());
            g.writeStringField("start", s.preset.start().toString());
            g.writeStringField("end", s.preset.end().toString());
            g.writeArrayFieldStart("models");
            for (ModelRelease m : s.preset.models()) {
                g.writeStartObject();
                g.writeStringField("name", m.name());
                g.writeStringField("released", m.released().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("accounts");
            for (Account a : s.accounts) {
                g.writeStartObject();
                g.writeStringField("id", a.id);
                g.writeStringField("population", a.population.label());
                if (a.campaign == null) {
                    g.writeNullField("campaign");
                } else {
                    g.writeStringField("campaign", a.campaign);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("campaigns");
            for (int k = 0; k < s.campaigns.size(); k++) {
                Scenario.CampaignPlan c = s.campaigns.get(k);
                g.writeStartObject();
                g.writeStringField("id", c.spec().id());
                g.writeStringField("style", c.spec().style().label());
                g.writeArrayFieldStart("accounts");
                for (Account a : c.accounts()) {
                    g.writeString(a.id);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("window");
                boolean seen = t.byCampaign[k] > 0;
                g.writeStringField("start", Instant.ofEpochMilli(seen ? t.firstTs[k] : c.windowStart()).toString());
                g.writeStringField("end", Instant.ofEpochMilli(seen ? t.lastTs[k] : c.windowEnd()).toString());
                g.writeEndObject();
                g.writeNumberField("exchanges", t.byCampaign[k]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("accounts", s.accounts.size());
            g.writeNumberField("exchanges", t.exchanges);
            g.writeObjectFieldStart("byPopulation");
            for (Population p : Population.values()) {
                g.writeNumberField(p.label(), s.accounts.stream().filter(a -> a.population == p).count());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("exchangesByPopulation");
            for (Population p : Population.values()) {
                g.writeNumberField(p.label(), t.byPopulation[p.ordinal()]);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** The sums over all days. */
    static final class Totals {
        long exchanges;
        long bytes;
        final long[] byPopulation = new long[Population.values().length];
        final long[] byCampaign;
        final long[] firstTs;
        final long[] lastTs;

        Totals(int campaigns) {
            byCampaign = new long[campaigns];
            firstTs = new long[campaigns];
            lastTs = new long[campaigns];
            java.util.Arrays.fill(firstTs, Long.MAX_VALUE);
            java.util.Arrays.fill(lastTs, Long.MIN_VALUE);
        }

        void add(DayJob.Stats d) {
            exchanges += d.exchanges;
            bytes += d.bytes;
            for (int i = 0; i < byPopulation.length; i++) {
                byPopulation[i] += d.byPopulation[i];
            }
            for (int k = 0; k < byCampaign.length; k++) {
                byCampaign[k] += d.byCampaign[k];
                firstTs[k] = Math.min(firstTs[k], d.firstTs[k]);
                lastTs[k] = Math.max(lastTs[k], d.lastTs[k]);
            }
        }
    }
}
