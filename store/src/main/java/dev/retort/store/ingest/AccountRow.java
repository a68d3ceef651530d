package dev.retort.store.ingest;

/**
 * One account from an account export. Unknown values are null; {@code createdAtMillis} is -1 when unknown.
 */
public record AccountRow(long line, String account, long createdAtMillis, String email, String paymentFingerprint,
                         String country, String orgId, Boolean verified) {
}
