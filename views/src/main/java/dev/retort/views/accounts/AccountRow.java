package dev.retort.views.accounts;

import dev.retort.views.common.Display;
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
 * @param text       the table's cell texts and the filter's lower-case haystack, made once with the row (in the
 *                   background, where the rows are read) so that neither filling, sorting nor filtering the table
 *                   formats anything on the FX thread
 */
public record AccountRow(String account, Double score, String campaign, Long createdAt, Long firstSeen, Long lastSeen,
                         long exchanges, String email, String payment, String country, String orgId,
                         List<String> indicators, List<String> tags, Text text) {

    /** What the table shows of a row, formatted once. */
    public record Text(String score, String exchanges, String createdDay, String lastSeenDay, String indicators,
                       String tags, String haystack) {
    }

    public AccountRow {
        indicators = List.copyOf(indicators);
        tags = List.copyOf(tags);
    }

    public AccountRow(String account, Double score, String campaign, Long createdAt, Long firstSeen, Long lastSeen,
                      long exchanges, String email, String payment, String country, String orgId,
                      List<String> indicators, List<String> tags) {
        this(account, score, campaign, createdAt, firstSeen, lastSeen, exchanges, email, payment, country, orgId,
                indicators, tags, text(account, score, campaign, createdAt, lastSeen, exchanges, email, payment,
                        country, orgId, indicators, tags));
    }

    private static Text text(String account, Double score, String campaign, Long createdAt, Long lastSeen,
                             long exchanges, String email, String payment, String country, String orgId,
                             List<String> indicators, List<String> tags) {
        StringBuilder hay = new StringBuilder();
        for (String field : new String[] {account, campaign, email, payment, country, orgId}) {
            if (field != null) {
                hay.append(field).append('\n');
            }
        }
        tags.forEach(t -> hay.append(t).append('\n'));
        indicators.forEach(i -> hay.append(i).append('\n'));
        return new Text(score == null ? "" : Display.score(score), Display.count(exchanges), Display.day(createdAt),
                Display.day(lastSeen), String.join(", ", indicators), String.join(", ", tags),
                hay.toString().toLowerCase(java.util.Locale.ROOT));
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
        return needle.indexOf('\n') < 0 && text.haystack().contains(needle);
    }
}
