package dev.retort.generator;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real format samples: {@code -Dretort.shared=DIR}, else the first {@code shared/formats} beside the
 * working directory or one of its ancestors (the module runs in {@code <repo>/generator}, the samples sit in
 * {@code <repo>/../shared}).
 */
final class SharedSamples {

    private SharedSamples() {
    }

    static Path formats() {
        String prop = System.getProperty("retort.shared");
        if (prop != null) {
            return Path.of(prop).resolve("formats");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("formats");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/formats not found above " + Path.of("").toAbsolutePath()
                + "; pass -Dretort.shared=DIR");
    }

    static Path file(String format, String name) {
        return formats().resolve(format).resolve(name);
    }
}
