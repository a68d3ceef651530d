package dev.retort.dossier.model;

import java.util.List;

/** One exchange in the dossier, with the source file and line it came from. */
public record ExchangeRow(long id, String timestamp, String account, String campaign, String ip, String userAgent,
                          String apiKey, String model, Long tokensIn, Long tokensOut, Integer status,
                          String requestId, String prompt, String response, String sourceFile, long sourceLine,
                          List<String> tags) {
    public ExchangeRow {
        tags = List.copyOf(tags);
    }
}
