package dev.retort.store.workbench;

import java.time.Instant;

/** A short label an analyst put on an account, campaign, exchange or the case. */
public record Tag(long id, Target target, String tag, Instant createdAt, String createdBy) {
}
