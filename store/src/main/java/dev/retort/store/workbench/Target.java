package dev.retort.store.workbench;

import java.util.Objects;

/**
 * A thing in the case an analyst can tag, annotate or put in the dossier: an account by its account id, a campaign by
 * its analysis key, an exchange by its row id, or the case itself (key "").
 */
public record Target(TargetKind kind, String key) {
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static Target account(String accountId) {
        return new Target(TargetKind.ACCOUNT, accountId);
    }

    public static Target campaign(String campaignKey) {
        return new Target(TargetKind.CAMPAIGN, campaignKey);
    }

    public static Target exchange(long exchangeId) {
        return new Target(TargetKind.EXCHANGE, Long.toString(exchangeId));
    }

    public static Target wholeCase() {
        return new Target(TargetKind.CASE, "");
    }
}
