package dev.retort.dossier.model;

import java.util.List;

/** A reason behind a score, with the exchanges that show it. */
public record ReasonRow(String code, double weight, String text, List<Long> exchangeIds) {
    public ReasonRow {
        exchangeIds = List.copyOf(exchangeIds);
    }
}
