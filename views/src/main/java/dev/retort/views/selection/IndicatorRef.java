package dev.retort.views.selection;

import java.util.Objects;

/**
 * One shared value picked in a view, e.g. {@code ("ip", "203.0.113.7")} or {@code ("user_agent", "python-httpx/0.27")}.
 * {@code kind} uses the analysis indicator kinds ({@code analysis_indicators.kind}: card, ip, subnet, user_agent,
 * email_domain, ...).
 */
public record IndicatorRef(String kind, String value) {

    public IndicatorRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return kind + " = " + value;
    }
}
