package dev.retort.views.network;

/** The GraphStream style sheet: node kinds, one class per campaign colour, highlight and selection. */
final class NetworkStyle {
    static final int COLOURS = 16;

    private NetworkStyle() {
    }

    static String css() {
        StringBuilder css = new StringBuilder("""
                graph { fill-color: #ffffff; padding: 50px; }
                node { size-mode: dyn-size; size: 10px; fill-color: #9aa5b1; stroke-mode: plain; stroke-color: #ffffff;
                       stroke-width: 1px; text-mode: hidden; text-size: 11; text-color: #222222;
                       text-alignment: under; z-index: 2; }
                edge { fill-color: #c8ced6; size: 1px; z-index: 0; }
                edge.between { fill-color: #7f8893; size: 2px; }
                node.campaign { text-mode: normal; stroke-color: #333333; text-style: bold; }
                node.more { shape: box; text-mode: normal; }
                node.cn { fill-color: %s; }
                """.formatted(CampaignPalette.NEUTRAL));
        for (int i = 0; i < COLOURS; i++) {
            css.append("node.c").append(i).append(" { fill-color: ").append(CampaignPalette.colour(i)).append("; }\n");
        }
        css.append("""
                node.indicator { shape: diamond; fill-color: #4a4f57; }
                node.highlight { stroke-color: #000000; stroke-width: 3px; }
                node.selected { stroke-color: #e600e6; stroke-width: 4px; text-mode: normal; z-index: 3; }
                """);
        return css.toString();
    }

    /** The {@code ui.class} of a node: its kind, its colour, and whether it is highlighted or selected. */
    static String classes(GraphNode node, boolean highlight, boolean selected) {
        StringBuilder c = new StringBuilder(node.type().name().toLowerCase());
        if (node.type() != GraphNode.Type.INDICATOR) {
            c.append(node.colour() < 0 ? ",cn" : ",c" + node.colour() % COLOURS);
        }
        if (highlight) {
            c.append(",highlight");
        }
        if (selected) {
            c.append(",selected");
        }
        return c.toString();
    }
}
