package dev.retort.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** truth.json agrees with accounts.csv and with the logs actually written. */
class TruthConsistencyTest {

    @TempDir
    Path dir;

    @Test
    void truthMatchesTheAccountsExportAndTheLogs() throws IOException {
        GenerationResult r = ScenarioGenerator.generate(Presets.demo(), GeneratorOptions.defaults().withScale(0.3)
                .withFormat(Format.CSV), dir, GeneratorProgress.NONE);
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());

        List<String> export = Files.readAllLines(dir.resolve("accounts.csv"));
        assertEquals(AccountsCsv.HEADER, export.get(0));
        Set<String> exported = new HashSet<>();
        for (String line : export.subList(1, export.size())) {
            String[] f = line.split(",", -1);
            assertEquals(7, f.length, line);
            Instant.parse(f[1]);
            assertTrue(f[3].matches("card_\\d{6}_[0-9a-f]{8}"), f[3]);
            assertTrue(f[6].equals("true") || f[6].equals("false"));
            exported.add(f[0]);
        }
        Map<String, String> campaignOf = new HashMap<>();
        for (JsonNode a : truth.get("accounts")) {
            assertTrue(exported.contains(a.get("id").asText()));
            boolean campaign = a.get("population").asText().equals("campaign");
            assertEquals(campaign, !a.get("campaign").isNull());
            if (campaign) {
                campaignOf.put(a.get("id").asText(), a.get("campaign").asText());
            }
        }
        assertEquals(exported.size(), truth.get("accounts").size());
        assertEquals(exported.size(), truth.at("/counts/accounts").asInt());

        Map<String, Long> perCampaign = new HashMap<>();
        long lines = 0;
        for (Path f : r.files()) {
            String text = Files.readString(f);
            for (List<String> rec : Csv.parse(text.substring(text.indexOf('\n') + 1))) {
                lines++;
                String c = campaignOf.get(rec.get(2));
                if (c != null) {
                    perCampaign.merge(c, 1L, Long::sum);
                }
            }
        }
        assertEquals(r.exchanges(), lines);
        assertEquals(lines, truth.at("/counts/exchanges").asLong());
        long byPop = 0;
        for (JsonNode n : truth.at("/counts/exchangesByPopulation")) {
            byPop += n.asLong();
        }
        assertEquals(lines, byPop);
        for (JsonNode c : truth.get("campaigns")) {
            String id = c.get("id").asText();
            assertEquals(perCampaign.get(id).longValue(), c.get("exchanges").asLong(), id);
            for (JsonNode a : c.get("accounts")) {
                assertEquals(id, campaignOf.get(a.asText()));
            }
            assertTrue(Instant.parse(c.at("/window/start").asText()).isBefore(Instant.parse(c.at("/window/end").asText())));
        }
    }
}
