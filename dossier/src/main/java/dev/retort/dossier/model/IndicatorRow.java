package dev.retort.dossier.model;

/**
 * A shared value behind a campaign. {@code kind} is the analysis indicator code (shared_card, shared_ip,
 * shared_subnet, shared_client, email_domain, ...); {@code value} may be masked by redaction.
 */
public record IndicatorRow(String kind, String value, int accountCount, double weight) {
}
