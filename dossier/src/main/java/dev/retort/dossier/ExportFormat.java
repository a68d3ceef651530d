package dev.retort.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The files a dossier export can write, all from the same (redacted) document. */
public enum ExportFormat {
    PDF("dossier.pdf"),
    HTML("dossier.html"),
    JSON("dossier.json"),
    CSV("accounts.csv", "exchanges.csv"),
    STIX("stix-bundle.json"),
    GEXF("network.gexf"),
    GRAPHML("network.graphml"),
    TIMESKETCH("timesketch.jsonl");

    private final List<String> files;

    ExportFormat(String... files) {
        this.files = List.of(files);
    }

    public List<String> files() {
        return files;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma-separated list such as {@code pdf,json,stix}, or {@code all}. */
    public static Set<ExportFormat> parse(String spec) {
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("all")) {
            return EnumSet.allOf(ExportFormat.class);
        }
        Set<ExportFormat> out = EnumSet.noneOf(ExportFormat.class);
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DossierException("unknown format '" + part.strip()
                        + "' (use pdf, html, json, csv, stix, gexf, graphml, timesketch or all)");
            }
        }
        return out;
    }
}
