package dev.retort.views.accounts;

import java.util.List;

/**
 * One line of the accounts table.
 *
 * @param account    the account id as imported ({@code accounts.account})
 * @param score      the latest analysis score in 0..1, or null when the case was not analysed or the account not scored
 * @param campaign   the campaign it was judged part of, or null
 * @param createdAt  sign-up time in epoch ms, or null when no account export was imported
 * @param firstSeen  first exchange, epoch ms, or null
 * @param lastSeen   last exchange, epoch ms, or null
 * @param exchanges  how many exchanges it made
 * @param indicators the kinds of value it shares with other accounts ("card", "ip", ...), most telling first
 * @param tags       the analyst's tags on it, alphabetically
 */
public record AccountRow(String account, Double score, String campaign, Long createdAt, Long firstSeen, Long lastSeen,
                         long exchanges, String email, String payment, String country, String orgId,
                         List<String> indicators, List<String> tags) {

    public AccountRow {
        indicators = List.copyOf(indicators);
        tags = List.copyOf(tags);
    }

    /** Days between sign-up (or first exchange when the sign-up is unknown) and the last exchange; -1 unknown. */
    public long ageDays() {
        Long from = createdAt != null ? createdAt : firstSeen;
        if (from == null || lastSeen == null) {
            return -1;
        }
        return Math.max(0, (lastSeen - from) / 86_400_000L);
    }

    /** True when any text field contains {@code needle} (lower case), for the table's quick filter. */
    boolean matches(String needle) {
        return contains(account, needle) || contains(campaign, needle) || contains(email, needle)
                || contains(payment, needle) || contains(country, needle) || contains(orgId, needle)
                || tags.stream().anyMatch(t -> contains(t, needle))
                || indicators.stream().anyMatch(i -> contains(i, needle));
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
