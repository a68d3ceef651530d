package dev.retort.store.workbench;

import java.util.Locale;

/** The kinds of section a dossier is assembled from. */
public enum SectionKind {
    SUMMARY("Summary"),
    CAMPAIGN("Campaign findings"),
    NETWORK("Network snapshot"),
    TIMELINE("Timeline"),
    ACCOUNTS("Accounts"),
    EXCHANGES("Exemplar exchanges"),
    NOTES("Analyst notes"),
    METHODOLOGY("Methodology"),
    CUSTODY("Chain of custody");

    private final String defaultTitle;

    SectionKind(String defaultTitle) {
        this.defaultTitle = defaultTitle;
    }

    public String defaultTitle() {
        return defaultTitle;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SectionKind fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
