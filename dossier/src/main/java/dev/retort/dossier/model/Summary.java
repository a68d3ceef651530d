package dev.retort.dossier.model;

/** The headline figures of the case. */
public record Summary(long accounts, long exchanges, long sources, int campaigns, long flaggedAccounts,
                      long flaggedExchanges, String dataStart, String dataEnd, String headline) {
}
