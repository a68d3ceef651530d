package dev.retort.importers.mapping;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the example mappings in {@code docs/examples}, walking up from the module being tested. */
public final class ExampleMappings {

    private ExampleMappings() {}

    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no docs/examples/" + name + " above " + Path.of("").toAbsolutePath());
    }

    /** {@code docs/examples/account-mapping.json}: a ';'-delimited CSV, day.month.year times in Berlin. */
    public static Path accounts() {
        return file("account-mapping.json");
    }
}
