package dev.retort.dossier.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.dossier.model.AccountRow;
import dev.retort.dossier.model.CampaignFinding;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.IndicatorRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * stix-bundle.json: a STIX 2.1 bundle for sharing indicators with a peer lab: the analyst's identity, one campaign
 * per finding, indicators (IPs, subnets, clients, e-mails or e-mail domains) that indicate it, the member accounts as
 * user-account observables grouped by an observed-data object, payment fingerprints as a custom observable
 * ({@code x-retort-payment-fingerprint}), relationships and a report that lists everything.
 */
public final class StixExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EMAILS_PER_INDICATOR = 200;

    private StixExport() {}

    public static void write(DossierDocument doc, Path file) throws IOException {
        String caseId = doc.caseRef().id();
        String now = doc.export().exportedAt();
        String identity = StixIds.sdo("identity", caseId, doc.export().exportedBy());
        Map<String, List<AccountRow>> members = new LinkedHashMap<>();
        for (AccountRow a : doc.accounts()) {
            if (a.campaign() != null) {
                members.computeIfAbsent(a.campaign(), k -> new ArrayList<>()).add(a);
            }
        }
        List<String> reportRefs = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "bundle");
            g.writeStringField("id", StixIds.sdo("bundle", caseId, now));
            g.writeArrayFieldStart("objects");

            sdo(g, "identity", identity, now, null);
            g.writeStringField("name", "Retort analyst " + doc.export().exportedBy());
            g.writeStringField("identity_class", "individual");
            g.writeEndObject();
            reportRefs.add(identity);

            for (CampaignFinding c : doc.campaigns()) {
                String campaign = StixIds.sdo("campaign", caseId, c.id());
                sdo(g, "campaign", campaign, now, identity);
                g.writeStringField("name", "Distillation campaign " + c.id());
                g.writeStringField("description", String.format(
                        "%d accounts, %,d exchanges, score %.2f (%s). Harvesting model outputs through many "
                                + "linked API accounts.", c.accountCount(), c.exchangeCount(), c.score(), c.verdict()));
                g.writeStringField("objective", "Harvest a frontier model's answers to train another model");
                if (c.windowStart() != null) {
                    g.writeStringField("first_seen", c.windowStart());
                }
                if (c.windowEnd() != null) {
                    g.writeStringField("last_seen", c.windowEnd());
                }
                g.writeEndObject();
                reportRefs.add(campaign);

                String validFrom = c.windowStart() != null ? c.windowStart() : now;
                List<String[]> patterns = patterns(c, members.getOrDefault(c.id(), List.of()));
                for (String[] p : patterns) {
                    String indicator = StixIds.sdo("indicator", caseId, c.id() + "|" + p[1]);
                    sdo(g, "indicator", indicator, now, identity);
                    g.writeStringField("name", p[0]);
                    g.writeArrayFieldStart("indicator_types");
                    g.writeString("malicious-activity");
                    g.writeEndArray();
                    g.writeStringField("pattern", p[1]);
                    g.writeStringField("pattern_type", "stix");
                    g.writeStringField("pattern_version", "2.1");
                    g.writeStringField("valid_from", validFrom);
                    g.writeEndObject();
                    reportRefs.add(indicator);
                    reportRefs.add(relationship(g, caseId, now, identity, indicator, "indicates", campaign));
                }

                List<String> accountRefs = new ArrayList<>();
                Set<String> cards = new LinkedHashSet<>();
                for (AccountRow a : members.getOrDefault(c.id(), List.of())) {
                    String ref = StixIds.sco("user-account", "{\"user_id\":" + JSON.writeValueAsString(a.account())
                            + "}");
                    g.writeStartObject();
                    g.writeStringField("type", "user-account");
                    g.writeStringField("spec_version", "2.1");
                    g.writeStringField("id", ref);
                    g.writeStringField("user_id", a.account());
                    g.writeStringField("account_type", "api");
                    if (a.createdAt() != null) {
                        g.writeStringField("account_created", a.createdAt());
                    }
                    g.writeEndObject();
                    accountRefs.add(ref);
                    if (a.paymentFingerprint() != null) {
                        cards.add(a.paymentFingerprint());
                    }
                }
                c.indicators().stream().filter(i -> i.kind().equals("shared_card")).map(IndicatorRow::value)
                        .forEach(cards::add);
                if (!accountRefs.isEmpty()) {
                    String observed = StixIds.sdo("observed-data", caseId, c.id());
                    sdo(g, "observed-data", observed, now, identity);
                    g.writeStringField("first_observed", c.windowStart() != null ? c.windowStart() : now);
                    g.writeStringField("last_observed", c.windowEnd() != null ? c.windowEnd() : now);
                    g.writeNumberField("number_observed", Math.max(1, c.exchangeCount()));
                    g.writeArrayFieldStart("object_refs");
                    for (String ref : accountRefs) {
                        g.writeString(ref);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                    reportRefs.add(observed);
                    reportRefs.add(relationship(g, caseId, now, identity, observed, "related-to", campaign));
                }
                for (String card : cards) {
                    String ref = StixIds.sco("x-retort-payment-fingerprint",
                            "{\"value\":" + JSON.writeValueAsString(card) + "}");
                    g.writeStartObject();
                    g.writeStringField("type", "x-retort-payment-fingerprint");
                    g.writeStringField("spec_version", "2.1");
                    g.writeStringField("id", ref);
                    g.writeStringField("value", card);
                    g.writeStringField("x_retort_campaign", c.id());
                    g.writeEndObject();
                    reportRefs.add(ref);
                }
            }

            String report = StixIds.sdo("report", caseId, now);
            sdo(g, "report", report, now, identity);
            g.writeStringField("name", "Retort dossier: " + doc.caseRef().name());
            g.writeStringField("description", doc.summary().headline());
            g.writeArrayFieldStart("report_types");
            g.writeString("campaign");
            g.writeString("indicator");
            g.writeEndArray();
            g.writeStringField("published", now);
            g.writeArrayFieldStart("object_refs");
            for (String ref : reportRefs) {
                g.writeString(ref);
            }
            g.writeEndArray();
            g.writeEndObject();

            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** [name, pattern] pairs for one campaign. */
    static List<String[]> patterns(CampaignFinding c, List<AccountRow> members) {
        List<String[]> out = new ArrayList<>();
        for (IndicatorRow i : c.indicators()) {
            String v = i.value();
            switch (i.kind()) {
                case "shared_ip" -> out.add(new String[] {"Shared IP " + v, ipPattern(v)});
                case "shared_subnet" -> out.add(new String[] {"Shared network " + v, ipPattern(v)});
                case "shared_client" -> out.add(new String[] {"Shared client " + v,
                        "[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = '"
                                + esc(v) + "']"});
                case "email_domain" -> out.add(new String[] {"Shared e-mail domain " + v,
                        "[email-addr:value LIKE '%@" + esc(v.startsWith("@") ? v.substring(1) : v) + "']"});
                default -> { } // cards travel as observables; other kinds have no STIX pattern
            }
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        for (AccountRow a : members) {
            if (a.email() == null) {
                continue;
            }
            if (a.email().startsWith("***@")) {
                domains.add(a.email().substring(4)); // redacted to its domain
            } else {
                exact.add(a.email());
            }
        }
        for (String d : domains) {
            String p = "[email-addr:value LIKE '%@" + esc(d) + "']";
            if (out.stream().noneMatch(x -> x[1].equals(p))) {
                out.add(new String[] {"Member e-mail domain " + d, p});
            }
        }
        List<String> emails = new ArrayList<>(exact);
        for (int from = 0; from < emails.size(); from += EMAILS_PER_INDICATOR) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + EMAILS_PER_INDICATOR));
            StringBuilder p = new StringBuilder("[");
            for (int k = 0; k < chunk.size(); k++) {
                p.append(k == 0 ? "" : " OR ").append("email-addr:value = '").append(esc(chunk.get(k))).append('\'');
            }
            p.append(']');
            out.add(new String[] {"Member e-mail addresses " + (from + 1) + "-" + (from + chunk.size()),
                    p.toString()});
        }
        return out;
    }

    private static String ipPattern(String v) {
        String type = v.contains(":") ? "ipv6-addr" : "ipv4-addr";
        return v.contains("/") ? "[" + type + ":value ISSUBSET '" + esc(v) + "']"
                : "[" + type + ":value = '" + esc(v) + "']";
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }

    private static void sdo(JsonGenerator g, String type, String id, String now, String createdBy) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("spec_version", "2.1");
        g.writeStringField("id", id);
        if (createdBy != null) {
            g.writeStringField("created_by_ref", createdBy);
        }
        g.writeStringField("created", now);
        g.writeStringField("modified", now);
    }

    private static String relationship(JsonGenerator g, String caseId, String now, String identity, String source,
                                       String type, String target) throws IOException {
        String id = StixIds.sdo("relationship", caseId, source + "|" + type + "|" + target);
        sdo(g, "relationship", id, now, identity);
        g.writeStringField("relationship_type", type);
        g.writeStringField("source_ref", source);
        g.writeStringField("target_ref", target);
        g.writeEndObject();
        return id;
    }
}
