package dev.retort.dossier.model;

import java.util.List;

/** Who exported the dossier, when, with which tool and redaction profile, and what the profile removed. */
public record ExportInfo(String exportedAt, String exportedBy, String toolVersion, String profile,
                         List<String> redactions) {
    public ExportInfo {
        redactions = List.copyOf(redactions);
    }
}
