package dev.retort.store.workbench;

import java.time.Instant;

/** Free text an analyst wrote about an account, campaign, exchange or the case. {@code updatedAt} may be null. */
public record Note(long id, Target target, String body, Instant createdAt, String createdBy, Instant updatedAt) {
}
