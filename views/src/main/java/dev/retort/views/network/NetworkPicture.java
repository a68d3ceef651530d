package dev.retort.views.network;

import java.util.List;

/**
 * Everything the network view draws, computed in the background from the analysis and the filters.
 *
 * @param hiddenMembers members left out of expanded campaigns (over the per-campaign cap, or filtered out)
 */
public record NetworkPicture(List<GraphNode> nodes, List<GraphEdge> edges, int hiddenMembers) {
    public static final NetworkPicture EMPTY = new NetworkPicture(List.of(), List.of(), 0);

    public NetworkPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public GraphNode node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    public long count(GraphNode.Type type) {
        return nodes.stream().filter(n -> n.type() == type).count();
    }
}
