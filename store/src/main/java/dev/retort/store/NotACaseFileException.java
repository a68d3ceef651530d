package dev.retort.store;

import java.nio.file.Path;

/** The file exists but is not a Retort case (a text file, a foreign SQLite database, ...). It was not modified. */
public final class NotACaseFileException extends CaseFileException {
    public NotACaseFileException(Path path, String why) {
        super(path, "not a Retort case file (" + why + "); the file was left untouched");
    }
}
