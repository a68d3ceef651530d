package dev.retort.analysis;

import java.util.List;

/**
 * One reason behind a score, in plain words, with the evidence it cites.
 *
 * @param code        machine name of the indicator or signal (see docs/analysis.md), e.g. {@code shared_card}
 * @param weight      how much it contributed to the score (the larger, the more it mattered)
 * @param text        the reason as an analyst reads it, naming the indicator, how many accounts and which exchanges
 * @param exchangeIds example exchanges ({@code exchanges.id}) that show it; empty when the reason is about accounts
 */
public record Reason(String code, double weight, String text, List<Long> exchangeIds) {
    public Reason {
        exchangeIds = exchangeIds == null ? List.of() : List.copyOf(exchangeIds);
    }
}
