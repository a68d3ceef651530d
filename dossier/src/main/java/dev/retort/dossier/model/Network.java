package dev.retort.dossier.model;

import java.util.List;

/**
 * The campaigns' accounts and the shared values that tie them, as a bipartite graph: account nodes link to
 * indicator nodes (a card, an IP, a subnet, a client...). Node ids are opaque so redaction can mask labels.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** {@code kind} is "account" or an indicator code; {@code campaign} is the campaign an account belongs to. */
    public record Node(String id, String label, String kind, String campaign, double score) {
    }

    public record Edge(String source, String target, String kind, double weight) {
    }
}
