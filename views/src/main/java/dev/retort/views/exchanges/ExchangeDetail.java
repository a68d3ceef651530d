package dev.retort.views.exchanges;

/**
 * One exchange in full, with its provenance: the source file (name, path, SHA-256) and the line it was read from.
 * Texts are null when the source carried none (e.g. nginx); {@code truncated} says the case kept only the start.
 */
public record ExchangeDetail(ExchangeRow row, String requestId, String apiKey, String userAgent, String prompt,
                             String response, boolean truncated, String sourceFile, String sourcePath,
                             String sourceSha256, String sourceFormat, long sourceLine) {
}
