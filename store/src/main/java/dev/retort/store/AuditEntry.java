package dev.retort.store;

import java.time.Instant;

/** One line of the audit log: who did what, when, to what. {@code detail} is JSON or null. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {
}
