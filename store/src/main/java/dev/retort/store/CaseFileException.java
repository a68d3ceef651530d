package dev.retort.store;

import java.nio.file.Path;

/** Something went wrong with a case file; the message names the file and what was wrong. */
public class CaseFileException extends RuntimeException {
    private final Path path;

    public CaseFileException(Path path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public CaseFileException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
