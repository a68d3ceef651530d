package dev.retort.views.network;

/**
 * Colours for campaigns, shared by the network and the timeline so that a campaign has one colour everywhere.
 * Index 0.. are campaigns in the analysis order (highest score first); {@link #NEUTRAL} is for accounts in no campaign.
 */
public final class CampaignPalette {
    public static final String NEUTRAL = "#9aa5b1";
    private static final String[] COLOURS = {
        "#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
        "#393b79", "#ad494a", "#637939", "#7b4173", "#3182bd", "#e6550d", "#31a354",
    };

    private CampaignPalette() {
    }

    /** The web colour of campaign number {@code index}; negative indexes are the neutral grey. */
    public static String colour(int index) {
        return index < 0 ? NEUTRAL : COLOURS[index % COLOURS.length];
    }
}
