package dev.retort.views.shell;

/** The places of the main window, in the order of their tabs and their Ctrl+digit shortcuts. */
public enum Place {
    SOURCES("Sources", "Imported files, their hashes and counts, and the quarantine of bad lines"),
    ACCOUNTS("Accounts", "Every account with its score, campaign, age, volume and indicators"),
    NETWORK("Network", "Accounts linked by shared indicators, grouped into campaigns"),
    TIMELINE("Timeline", "Exchanges over time, stacked by campaign"),
    EXCHANGES("Exchanges", "Requests and responses with full-text search and provenance"),
    DOSSIER("Dossier", "The evidence dossier: sections, redaction and export");

    private final String title;
    private final String description;

    Place(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** 1-based shortcut digit. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
