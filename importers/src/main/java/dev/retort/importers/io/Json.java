package dev.retort.importers.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The one Jackson configuration every importer uses: limits on nesting depth and string length protect memory
 * and stack from hostile or broken input.
 */
public final class Json {

    /** Deeper JSON than this is refused (and the line quarantined): no real log row nests this far. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Longest single JSON string accepted (characters). */
    public static final int MAX_STRING_LENGTH = LineReader.DEFAULT_MAX_LINE_BYTES;

    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .build())
            .build();

    public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Json() {}

    /** A parser over the current line of {@code reader}. */
    public static JsonParser parser(LineReader reader) throws IOException {
        return FACTORY.createParser(reader.buffer(), 0, reader.length());
    }

    /** A parser over a JSON document held in a string (LiteLLM keeps JSON inside JSON strings). */
    public static JsonParser parser(String json) throws IOException {
        return FACTORY.createParser(json);
    }
}
