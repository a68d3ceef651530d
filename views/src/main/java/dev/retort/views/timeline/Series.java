package dev.retort.views.timeline;

import java.util.List;

/**
 * One band of the stacked timeline: a campaign, an account, or everything else.
 *
 * @param key      campaign id or account name; null for the "everything else" band
 * @param label    what the legend says
 * @param colour   web colour
 * @param accounts the accounts it counts, when it stands for a definite set (a campaign's members, one account);
 *                 empty for "everything else"
 */
public record Series(String key, String label, String colour, List<String> accounts) {
    public Series {
        accounts = List.copyOf(accounts);
    }
}
