package dev.retort.views.network;

import dev.retort.views.selection.IndicatorRef;
import java.util.List;

/**
 * What the inspector shows for the clicked node: facts, the evidence behind its score (reasons with the exchanges
 * they cite), and what a pivot to the exchanges or the timeline selects.
 *
 * @param campaign  the campaign a pivot selects, or null
 * @param accounts  the accounts a pivot selects (empty for a whole campaign)
 * @param indicator the shared value a pivot selects, or null
 */
public record Inspection(String nodeId, GraphNode.Type type, String title, String subtitle, List<String> facts,
                         List<String> evidence, String campaign, List<String> accounts, IndicatorRef indicator) {
    public Inspection {
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
        accounts = List.copyOf(accounts);
    }
}
