package dev.retort.dossier;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared schemas folder ({@code shared/schemas}) beside the repository: from {@code -Dretort.shared=DIR}
 * or by walking up from the working directory, so the tests work from any fresh clone with {@code shared/} next to it.
 */
final class SharedFiles {
    private SharedFiles() {}

    static Path schemas() {
        String prop = System.getProperty("retort.shared");
        if (prop != null) {
            return Path.of(prop).resolve("schemas");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("schemas");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/schemas folder above " + Path.of("").toAbsolutePath()
                + "; set -Dretort.shared=DIR");
    }

    /** docs/ of the repository (the module's parent). */
    static Path docs() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs").resolve("dossier.schema.json"))) {
                return p.resolve("docs");
            }
        }
        throw new IllegalStateException("no docs/dossier.schema.json above " + Path.of("").toAbsolutePath());
    }
}
