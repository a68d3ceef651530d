package dev.retort.generator;

import java.util.Locale;

/** Who an account belongs to, as written in truth.json. */
public enum Population {
    DEVELOPER, ENTERPRISE, CAMPUS, HARNESS, PLATFORM, CAMPAIGN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
