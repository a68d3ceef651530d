package dev.retort.views.timeline;

/** One exchange listed under a clicked bucket, with where it came from. */
public record ExchangeRow(long id, long ts, String account, String model, Integer tokensIn, Integer tokensOut,
                          Integer status, String sourceFile, long sourceLine) {
}
