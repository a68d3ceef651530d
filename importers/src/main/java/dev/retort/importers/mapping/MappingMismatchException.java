package dev.retort.importers.mapping;

import java.io.IOException;

/** The file does not have the columns its mapping names: nothing in it can be imported with that mapping. */
public final class MappingMismatchException extends IOException {
    public MappingMismatchException(String message) {
        super(message);
    }
}
