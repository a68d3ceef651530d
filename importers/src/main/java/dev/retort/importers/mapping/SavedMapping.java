package dev.retort.importers.mapping;

import dev.retort.importers.LogFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A mapping the analyst saved as JSON and reuses from the CLI ({@code retort import --mapping m.json}): exchanges
 * ({@link ColumnMapping}, no {@code "kind"}) or account exports ({@link AccountMapping}, {@code "kind":"accounts"}).
 */
public sealed interface SavedMapping permits ColumnMapping, AccountMapping {

    String name();

    /** The importer this mapping describes; throws {@link IllegalArgumentException} when it is not usable. */
    LogFormat format();

    /** The saved form, which {@link #fromJson} reads back equal. */
    String toJson();

    default void save(Path file) throws IOException {
        MappingJson.save(file, toJson());
    }

    /** Reads a saved mapping of either kind; throws {@link IllegalArgumentException} naming what is wrong. */
    static SavedMapping fromJson(String json) {
        var root = MappingJson.root(json);
        return switch (MappingJson.kind(root)) {
            case EXCHANGES -> ColumnMapping.of(root);
            case ACCOUNTS -> AccountMapping.of(root);
        };
    }

    static SavedMapping load(Path file) throws IOException {
        return MappingJson.load(file, SavedMapping::fromJson);
    }
}
