package dev.retort.analysis;

import java.util.List;
import java.util.Map;

/**
 * One account's distillation score with the reasons behind it.
 *
 * @param account  the account name as imported
 * @param score    0..1
 * @param campaign the campaign id it was judged part of, or null
 * @param cluster  the linked cluster it fell in (which may be innocent), or null when linked to nobody
 * @param signals  signal name to value in 0..1
 * @param reasons  most important first
 */
public record AccountScore(String account, double score, String campaign, String cluster,
                           Map<String, Double> signals, List<Reason> reasons) {
    public AccountScore {
        signals = Map.copyOf(signals);
        reasons = List.copyOf(reasons);
    }
}
