package dev.retort.generator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A scenario: the period, the models, the legitimate populations and the campaigns. Built-in ones come from
 * {@link Presets}; sizes are at scale 1.
 */
public record Preset(String name, Instant start, Instant end, List<ModelRelease> models, Legit legit,
                     List<Campaign> campaigns) {

    public Preset {
        models = List.copyOf(models);
        campaigns = List.copyOf(campaigns);
        if (!start.isBefore(end) || start.truncatedTo(ChronoUnit.DAYS).compareTo(start) != 0) {
            throw new IllegalArgumentException("a preset starts at a UTC midnight before its end");
        }
    }

    /** Number of UTC days covered. */
    public int days() {
        return (int) Math.ceil((end.toEpochMilli() - start.toEpochMilli()) / 86_400_000.0);
    }

    /**
     * The legitimate customers.
     *
     * @param developers        individual developer accounts
     * @param developerDaily    mean exchanges per developer per weekday
     * @param mobileNatShare    share of developers behind shared mobile-carrier NAT addresses
     * @param enterprises       member-account counts, one entry per enterprise
     * @param enterpriseDaily   mean exchanges per member per weekday
     * @param campuses          account counts, one entry per campus
     * @param campusDaily       mean exchanges per student per day
     * @param harnessLabs       account counts, one entry per benchmark lab
     * @param harnessHourly     exchanges per harness account per burst hour
     * @param platforms         number of coding-assistant companies (one verified account each)
     * @param platformDaily     exchanges per platform account per day
     */
    public record Legit(int developers, double developerDaily, double mobileNatShare, List<Integer> enterprises,
                        double enterpriseDaily, List<Integer> campuses, double campusDaily,
                        List<Integer> harnessLabs, double harnessHourly, int platforms, double platformDaily) {
        public Legit {
            enterprises = List.copyOf(enterprises);
            campuses = List.copyOf(campuses);
            harnessLabs = List.copyOf(harnessLabs);
        }
    }

    /**
     * A distillation campaign.
     *
     * @param id         its id in truth.json
     * @param style      how it operates
     * @param accounts   accounts it uses over its life (at scale 1)
     * @param exchanges  exchanges it sends (at scale 1)
     * @param startDay   first active day, counted from the preset start
     * @param endDay     day after the last active day
     */
    public record Campaign(String id, CampaignStyle style, int accounts, long exchanges, int startDay, int endDay) {
    }
}
