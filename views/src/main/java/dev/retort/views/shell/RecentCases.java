package dev.retort.views.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently used case files, newest first, kept as one path per line in a small text file.
 * Plain Java (no JavaFX) so it is trivially testable; the view model wraps it.
 */
public final class RecentCases {
    static final int MAX = 10;

    private final Path file;

    public RecentCases(Path file) {
        this.file = file;
    }

    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Path.of(line.strip()));
                }
            }
            return out;
        } catch (IOException e) {
            return List.of(); // a damaged recent list must never stop the app from starting
        }
    }

    /** Moves {@code caseFile} to the top of the list and saves it. */
    public List<Path> touch(Path caseFile) {
        Path normal = caseFile.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>();
        updated.add(normal);
        for (Path p : list()) {
            if (!p.equals(normal) && updated.size() < MAX) {
                updated.add(p);
            }
        }
        save(updated);
        return updated;
    }

    /** Drops a case that no longer exists. */
    public List<Path> remove(Path caseFile) {
        Path normal = caseFile.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(list());
        updated.remove(normal);
        save(updated);
        return updated;
    }

    private void save(List<Path> paths) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            List<String> lines = paths.stream().map(Path::toString).toList();
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the recent-cases list " + file, e);
        }
    }
}
