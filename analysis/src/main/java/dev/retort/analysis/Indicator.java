package dev.retort.analysis;

import java.util.List;

/**
 * A value shared by several accounts (a card, an IP, a subnet, a client fingerprint, a prompt template...).
 *
 * @param kind     see {@link IndicatorKind}
 * @param value    the shared value as shown to an analyst
 * @param accounts the accounts sharing it, sorted
 * @param weight   how strongly one such shared value links two of its accounts, 0..1
 */
public record Indicator(IndicatorKind kind, String value, List<String> accounts, double weight) {
    public Indicator {
        accounts = List.copyOf(accounts);
    }
}
