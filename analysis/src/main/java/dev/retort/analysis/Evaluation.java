package dev.retort.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a run with a generator's truth.json at account level: precision, recall and F1 per true campaign and
 * overall, false positives by population, and how far each campaign's window is from the truth, in days.
 * A predicted campaign counts toward the true campaign most of its accounts belong to.
 */
public final class Evaluation {

    public record CampaignScore(String campaign, String style, int truthAccounts, int predictedAccounts,
                                int truePositives, double precision, double recall, double f1,
                                Double windowErrorDays, List<String> predictedIds) {}

    public record Report(List<CampaignScore> campaigns, double precision, double recall, double f1,
                         int flagged, int truthAccounts, Map<String, Integer> falsePositivesByPopulation) {}

    private Evaluation() {}

    public static Report evaluate(AnalysisResults results, Path truthJson) throws IOException {
        return evaluate(results, Json.MAPPER.readTree(truthJson.toFile()));
    }

    static Report evaluate(AnalysisResults results, JsonNode truth) {
        Map<String, String> populationOf = new HashMap<>();
        Map<String, String> campaignOf = new HashMap<>();
        for (JsonNode a : truth.path("accounts")) {
            populationOf.put(a.path("id").asText(), a.path("population").asText());
            if (!a.path("campaign").isNull() && !a.path("campaign").asText().isEmpty()) {
                campaignOf.put(a.path("id").asText(), a.path("campaign").asText());
            }
        }
        Map<String, Set<String>> predictedFor = new TreeMap<>();
        Map<String, long[]> windowFor = new HashMap<>();
        Map<String, List<String>> idsFor = new HashMap<>();
        for (CampaignResult c : results.confirmedCampaigns()) {
            Map<String, Integer> votes = new HashMap<>();
            c.accounts().forEach(a -> votes.merge(campaignOf.getOrDefault(a, ""), 1, Integer::sum));
            String target = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse("");
            predictedFor.computeIfAbsent(target, k -> new HashSet<>()).addAll(c.accounts());
            idsFor.computeIfAbsent(target, k -> new ArrayList<>()).add(c.id());
            if (c.windowStart() != null) {
                long[] w = windowFor.computeIfAbsent(target, k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
                w[0] = Math.min(w[0], c.windowStart().toEpochMilli());
                w[1] = Math.max(w[1], c.windowEnd().toEpochMilli());
            }
        }
        List<CampaignScore> rows = new ArrayList<>();
        for (JsonNode c : truth.path("campaigns")) {
            String id = c.path("id").asText();
            Set<String> members = new HashSet<>();
            c.path("accounts").forEach(a -> members.add(a.asText()));
            Set<String> predicted = predictedFor.getOrDefault(id, Set.of());
            int tp = (int) predicted.stream().filter(members::contains).count();
            Double windowError = null;
            long[] w = windowFor.get(id);
            if (w != null) {
                long ts = Instant.parse(c.path("window").path("start").asText()).toEpochMilli();
                long te = Instant.parse(c.path("window").path("end").asText()).toEpochMilli();
                windowError = Math.max(Math.abs(w[0] - ts), Math.abs(w[1] - te)) / 86_400_000.0;
            }
            rows.add(new CampaignScore(id, c.path("style").asText(), members.size(), predicted.size(), tp,
                    ratio(tp, predicted.size()), ratio(tp, members.size()), f1(tp, predicted.size(), members.size()),
                    windowError, idsFor.getOrDefault(id, List.of())));
        }
        Set<String> flagged = new HashSet<>();
        results.accounts().stream().filter(a -> a.campaign() != null).forEach(a -> flagged.add(a.account()));
        int tp = (int) flagged.stream().filter(campaignOf::containsKey).count();
        Map<String, Integer> fpByPopulation = new TreeMap<>();
        for (String a : flagged) {
            if (!campaignOf.containsKey(a)) {
                fpByPopulation.merge(populationOf.getOrDefault(a, "unknown"), 1, Integer::sum);
            }
        }
        return new Report(rows, ratio(tp, flagged.size()), ratio(tp, campaignOf.size()),
                f1(tp, flagged.size(), campaignOf.size()), flagged.size(), campaignOf.size(), fpByPopulation);
    }

    /** The report as a plain-text table. */
    public static String table(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%-16s %-6s %7s %9s %6s %9s %7s %6s %12s%n", "campaign",
                "style", "truth", "predicted", "tp", "precision", "recall", "f1", "window err d"));
        for (CampaignScore c : r.campaigns()) {
            sb.append(String.format(java.util.Locale.ROOT, "%-16s %-6s %7d %9d %6d %9.4f %7.4f %6.4f %12s%n",
                    c.campaign(), c.style(), c.truthAccounts(), c.predictedAccounts(), c.truePositives(),
                    c.precision(), c.recall(), c.f1(),
                    c.windowErrorDays() == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f",
                            c.windowErrorDays())));
        }
        sb.append(String.format(java.util.Locale.ROOT, "%-16s %-6s %7d %9d %6s %9.4f %7.4f %6.4f%n", "overall", "",
                r.truthAccounts(), r.flagged(), "", r.precision(), r.recall(), r.f1()));
        sb.append("false positives by population: ")
                .append(r.falsePositivesByPopulation().isEmpty() ? "none" : r.falsePositivesByPopulation().toString())
                .append(System.lineSeparator());
        return sb.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? (a == 0 ? 1.0 : 0.0) : a / (double) b;
    }

    private static double f1(int tp, int predicted, int truth) {
        double p = ratio(tp, predicted);
        double r = ratio(tp, truth);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
