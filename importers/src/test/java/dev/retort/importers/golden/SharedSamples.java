package dev.retort.importers.golden;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared format samples: {@code -Dretort.shared=DIR}, or the first {@code shared/} folder beside the
 * working directory or one of its parents (the repository sits beside it in a fresh clone).
 */
public final class SharedSamples {

    private SharedSamples() {
    }

    public static Path formats() {
        String prop = System.getProperty("retort.shared");
        if (prop != null) {
            return Path.of(prop).resolve("formats");
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("formats");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no shared/formats folder above " + Path.of("").toAbsolutePath()
                + "; set -Dretort.shared=DIR");
    }

    public static Path sample(String relative) {
        return formats().resolve(relative);
    }
}
