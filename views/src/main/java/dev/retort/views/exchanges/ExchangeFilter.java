package dev.retort.views.exchanges;

import dev.retort.views.selection.IndicatorRef;
import dev.retort.views.selection.TimeWindow;
import java.util.List;

/**
 * Which exchanges to list: those of some accounts or of a campaign's members, in a time window, sharing an
 * indicator value, matching a full-text query. Every part is optional (null or empty = no restriction).
 *
 * @param text an FTS5 query over prompts and responses, e.g. {@code "step by step" AND refactor}
 */
public record ExchangeFilter(List<String> accounts, String campaign, TimeWindow window, IndicatorRef indicator,
                             String text) {

    public static final ExchangeFilter ALL = new ExchangeFilter(List.of(), null, null, null, null);

    public ExchangeFilter {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public ExchangeFilter withText(String newText) {
        return new ExchangeFilter(accounts, campaign, window, indicator, newText);
    }
}
