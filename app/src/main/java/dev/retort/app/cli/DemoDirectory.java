package dev.retort.app.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares a {@link DemoLayout}'s directory for a fresh run: creates it, or clears what a previous demo run made
 * there. A directory is only cleared when it carries the demo's mark; any other non-empty directory is refused,
 * so {@code --out} can never wipe an analyst's files (ADR 0072).
 */
final class DemoDirectory {
    static final String MARK = ".retort-demo";

    private DemoDirectory() {}

    static void prepare(DemoLayout layout) throws IOException {
        Path dir = layout.dir();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " exists and is not a directory");
        }
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARK)) && !isEmpty(dir)) {
            throw new IllegalArgumentException(dir + " is not empty and was not made by 'retort demo'; "
                    + "choose another --out");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARK), "This directory is rewritten by each 'retort demo' run.\n");
        Path caseFile = layout.caseFile();
        for (Path p : List.of(caseFile, sibling(caseFile, "-wal"), sibling(caseFile, "-shm"),
                sibling(caseFile, "-journal"))) {
            Files.deleteIfExists(p);
        }
        deleteTree(layout.data());
        deleteTree(layout.export());
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                try {
                    Files.delete(d);
                } catch (DirectoryNotEmptyException race) {
                    throw new IOException(d + " could not be cleared", race);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
