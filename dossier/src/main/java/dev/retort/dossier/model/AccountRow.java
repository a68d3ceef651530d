package dev.retort.dossier.model;

import java.util.List;

/** One account in the dossier (a campaign member or an account the analyst added). Unknown values are null. */
public record AccountRow(String account, String createdAt, String email, String paymentFingerprint, String country,
                         String orgId, Boolean verified, String firstSeen, String lastSeen, long exchangeCount,
                         Double score, String campaign, List<String> ips, List<String> userAgents,
                         List<String> apiKeys, List<String> tags) {
    public AccountRow {
        ips = List.copyOf(ips);
        userAgents = List.copyOf(userAgents);
        apiKeys = List.copyOf(apiKeys);
        tags = List.copyOf(tags);
    }
}
