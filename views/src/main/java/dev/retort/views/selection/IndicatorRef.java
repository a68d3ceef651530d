package dev.retort.views.selection;

import java.util.Objects;

/**
 * One shared value picked in a view, e.g. {@code ("shared_ip", "203.0.113.7")} or
 * {@code ("shared_client", "python-httpx/0.27")}. {@code kind} is the analysis indicator kind's code
 * ({@code dev.retort.analysis.IndicatorKind#code()}, as stored in {@code analysis_indicators.kind}: shared_card,
 * card_bin, shared_ip, shared_subnet, shared_client, shared_key, email_domain, email_pattern, signup_burst,
 * prompt_template, synchronised_activity).
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
