package dev.retort.store;

import java.nio.file.Path;

/**
 * Where Retort keeps the analyst's own files (recent cases, signing keys): {@code ~/.retort}, or the directory
 * named by the system property {@code retort.home} (tests and portable installs use that).
 */
public final class RetortHome {
    private RetortHome() {}

    public static Path dir() {
        String override = System.getProperty("retort.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".retort");
    }
}
