package dev.retort.analysis;

import java.util.List;

/**
 * An edge of the account graph: two accounts and the indicators that tie them.
 *
 * @param a      the smaller account name
 * @param b      the larger account name
 * @param weight summed indicator weight
 * @param kinds  the indicator kinds behind it
 */
public record Link(String a, String b, double weight, List<IndicatorKind> kinds) {
    public Link {
        kinds = List.copyOf(kinds);
    }
}
