package dev.retort.views.network;

/**
 * One edge of the link chart: an account and a shared indicator, or two collapsed campaigns sharing indicators.
 *
 * @param kinds the indicator kinds behind it, comma-separated codes
 */
public record GraphEdge(String id, String from, String to, String kinds) {
}
