package dev.retort.store.ingest;

/**
 * One request/response exchange as an importer read it, before it is written to the case.
 * Unknown numbers are -1 and unknown strings null. {@code line} is the 1-based line (or record number) in the
 * source file, so every stored row traces back to its origin.
 *
 * @param tsMillis   request start, epoch milliseconds UTC
 * @param requestId  the source's request id, or null (a content hash is used for de-duplication then)
 * @param account    the account (user) the source attributes the request to
 * @param apiKey     API key or its hash as the source shows it
 * @param prompt     the prompt text (all user/system messages joined), or null
 * @param response   the response text, or null
 */
public record Exchange(long line, long tsMillis, String requestId, String account, String apiKey, String ip,
                       String userAgent, String model, int tokensIn, int tokensOut, int status, int latencyMs,
                       String prompt, String response) {
}
