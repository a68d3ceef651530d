package dev.retort.views.exchanges;

/** One line of the exchanges table; {@code promptStart} is the first characters of the prompt, on one line. */
public record ExchangeRow(long id, long ts, String account, String model, String ip, Integer tokensIn,
                          Integer tokensOut, Integer status, Integer latencyMs, String promptStart) {
}
