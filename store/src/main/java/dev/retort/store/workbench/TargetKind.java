package dev.retort.store.workbench;

import java.util.Locale;

/** What a tag, a note or a dossier section is about. Stored as its lower-case name. */
public enum TargetKind {
    ACCOUNT, CAMPAIGN, EXCHANGE, CASE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetKind fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
