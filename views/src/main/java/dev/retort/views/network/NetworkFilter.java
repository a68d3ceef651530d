package dev.retort.views.network;

import dev.retort.analysis.IndicatorKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the analyst asked to see.
 *
 * @param minScore   campaigns and accounts below this score are hidden
 * @param campaign   only this campaign, or null for all
 * @param kinds      indicator kinds drawn as nodes and counted for links between campaigns
 * @param maxMembers members drawn per expanded campaign (the busiest first); the rest are one "more" node
 */
public record NetworkFilter(double minScore, String campaign, Set<IndicatorKind> kinds, int maxMembers) {
    public static final int DEFAULT_MAX_MEMBERS = 400;

    public NetworkFilter {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(IndicatorKind.class) : EnumSet.copyOf(kinds);
    }

    public static NetworkFilter all() {
        return new NetworkFilter(0, null, EnumSet.allOf(IndicatorKind.class), DEFAULT_MAX_MEMBERS);
    }
}
