package dev.retort.store;

import java.nio.file.Path;

/** The case was written by a newer Retort whose schema this version does not know. It was not modified. */
public final class NewerCaseFileException extends CaseFileException {
    public NewerCaseFileException(Path path, int found, int supported) {
        super(path, "case schema version " + found + " is newer than this Retort supports (" + supported
                + "); upgrade Retort to open it. The file was left untouched");
    }
}
