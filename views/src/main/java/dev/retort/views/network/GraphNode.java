package dev.retort.views.network;

import dev.retort.analysis.IndicatorKind;

/**
 * One node of the link chart as the view draws it.
 *
 * @param id        {@code campaign:C-…}, {@code account:name}, {@code indicator:kind:value} or {@code more:C-…}
 * @param colour    palette index of its campaign, -1 for none
 * @param size      on-screen diameter in pixels (grows with volume)
 * @param campaign  the campaign it belongs to, or null
 * @param indicator the indicator kind of an indicator node, else null
 * @param key       the account name, campaign id or indicator value it stands for
 */
public record GraphNode(String id, Type type, String label, double x, double y, double size, int colour,
                        double score, String campaign, IndicatorKind indicator, String key) {

    public enum Type { CAMPAIGN, ACCOUNT, INDICATOR, MORE }

    public static String campaignId(String campaign) {
        return "campaign:" + campaign;
    }

    public static String accountId(String account) {
        return "account:" + account;
    }

    public static String indicatorId(IndicatorKind kind, String value) {
        return "indicator:" + kind.code() + ":" + value;
    }

    GraphNode moved(double nx, double ny) {
        return new GraphNode(id, type, label, nx, ny, size, colour, score, campaign, indicator, key);
    }
}
