package dev.retort.dossier.render;

import java.awt.Color;
import java.util.List;

/** The colours shared by the charts, the network snapshot and the GEXF file (colour-blind-safe Okabe-Ito set). */
final class Palette {
    static final List<Color> SERIES = List.of(new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442));
    static final Color OTHER = new Color(0x9E9E9E);
    static final Color INK = new Color(0x1F2933);
    static final Color GRID = new Color(0xE3E7EB);

    private Palette() {}

    static Color series(int i) {
        return SERIES.get(i % SERIES.size());
    }

    /** The colour of an indicator node by its kind. */
    static Color indicator(String kind) {
        return switch (kind) {
            case "shared_card", "card_bin" -> new Color(0x7B1FA2);
            case "shared_ip", "shared_subnet" -> new Color(0x00796B);
            case "shared_client" -> new Color(0x5D4037);
            case "email_domain", "email_pattern" -> new Color(0x1565C0);
            default -> new Color(0x455A64);
        };
    }
}
