package dev.retort.generator;

import java.util.List;

/**
 * Everything decided before the first exchange is written: the accounts and the campaigns. Immutable once built;
 * the day workers only read it.
 */
final class Scenario {

    /** A campaign and the indexes of its accounts. */
    record CampaignPlan(Preset.Campaign spec, long targetExchanges, List<Account> accounts, long windowStart,
                        long windowEnd) {
    }

    /** A benchmark lab: its accounts burst together. */
    record Lab(int index, int utcOffset, List<Account> accounts) {
    }

    final Preset preset;
    final GeneratorOptions options;
    final List<Account> accounts;
    final List<CampaignPlan> campaigns;
    final List<Lab> labs;
    final String[] modelNames;

    Scenario(Preset preset, GeneratorOptions options, List<Account> accounts, List<CampaignPlan> campaigns,
             List<Lab> labs) {
        this.preset = preset;
        this.options = options;
        this.accounts = List.copyOf(accounts);
        this.campaigns = List.copyOf(campaigns);
        this.labs = List.copyOf(labs);
        this.modelNames = preset.models().stream().map(ModelRelease::name).toArray(String[]::new);
    }

    long start() {
        return preset.start().toEpochMilli();
    }

    long end() {
        return preset.end().toEpochMilli();
    }
}
