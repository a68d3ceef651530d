package dev.retort.store;

import java.nio.file.Path;
import java.time.Instant;

/** What identifies a case: shown by {@code retort case info} and in the window title. */
public record CaseInfo(Path path, String id, String name, Instant createdAt, String createdBy,
                       String createdWithVersion, int schemaVersion, String toolVersion) {
}
