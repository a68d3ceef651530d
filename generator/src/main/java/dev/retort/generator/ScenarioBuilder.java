package dev.retort.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the accounts of the legitimate populations and hands the campaigns to {@link CampaignBuilder}. All
 * randomness comes from the run's seed, drawn in a fixed order, so the same seed gives the same scenario.
 */
final class ScenarioBuilder {

    static final long DAY = 86_400_000L;
    static final long HOUR = 3_600_000L;

    private final Preset preset;
    private final GeneratorOptions options;
    private final SplittableRandom r;
    private final List<Account> accounts = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final long start;

    ScenarioBuilder(Preset preset, GeneratorOptions options) {
        this.preset = preset;
        this.options = options;
        this.r = Rng.of(options.seed(), 0x5CE7A210L);
        this.start = preset.start().toEpochMilli();
    }

    static Scenario build(Preset preset, GeneratorOptions options) {
        return new ScenarioBuilder(preset, options).build();
    }

    private Scenario build() {
        Preset.Legit legit = preset.legit();
        developers(scaled(legit.developers()), legit);
        int g = 0;
        for (int size : legit.enterprises()) {
            enterprise(g++, scaled(size), legit.enterpriseDaily());
        }
        g = 0;
        for (int size : legit.campuses()) {
            campus(g++, scaled(size), legit.campusDaily());
        }
        List<Scenario.Lab> labs = new ArrayList<>();
        g = 0;
        for (int size : legit.harnessLabs()) {
            labs.add(lab(g++, scaled(size), legit.harnessHourly()));
        }
        for (int i = 0; i < legit.platforms(); i++) {
            platform(legit.platformDaily() * options.scale());
        }
        CampaignBuilder campaigns = new CampaignBuilder(this, Rng.of(options.seed(), 0xCA3BA164L));
        List<Scenario.CampaignPlan> plans = new ArrayList<>();
        for (Preset.Campaign c : preset.campaigns()) {
            plans.add(campaigns.build(c));
        }
        return new Scenario(preset, options, accounts, plans, labs);
    }

    int scaled(int n) {
        return n == 0 ? 0 : Math.max(1, (int) Math.round(n * options.scale()));
    }

    double scale() {
        return options.scale();
    }

    Preset preset() {
        return preset;
    }

    Account newAccount(SplittableRandom rnd, Population population, String campaign, CampaignStyle style) {
        String id;
        do {
            id = "acct_" + Rng.hex(rnd, 12);
        } while (!ids.add(id));
        Account a = new Account(accounts.size(), id, population, campaign, style);
        accounts.add(a);
        return a;
    }

    /** Every model adopted {@code lagMs} after release (never before it). */
    long[] adoption(long[] lagMs) {
        List<ModelRelease> models = preset.models();
        long[] at = new long[models.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = models.get(i).released().toEpochMilli() + Math.max(0, lagMs[i]);
        }
        return at;
    }

    private long[] lags(double meanDays, double minHours) {
        long[] lag = new long[preset.models().size()];
        for (int i = 0; i < lag.length; i++) {
            lag[i] = (long) (minHours * HOUR + Rng.exponential(r, meanDays) * DAY);
        }
        return lag;
    }

    private long[] fixedLags(long ms) {
        long[] lag = new long[preset.models().size()];
        java.util.Arrays.fill(lag, ms);
        return lag;
    }

    /** A customer's weekly growth (or fading): mostly small, a few grow fast. */
    private double drift() {
        return Math.max(-0.15, Math.min(0.25, 0.02 + r.nextGaussian() * 0.06));
    }

    private static String[] keys(SplittableRandom r, int n) {
        String[] k = new String[n];
        for (int i = 0; i < n; i++) {
            k[i] = Rng.hex(r, 64);
        }
        return k;
    }

    private void developers(int n, Preset.Legit legit) {
        String[][] carrierPools = new String[Identities.CARRIER.length][];
        for (int c = 0; c < carrierPools.length; c++) {
            String sub = Identities.CARRIER[c] + "." + r.nextInt(256);
            carrierPools[c] = new String[4 + r.nextInt(5)];
            for (int i = 0; i < carrierPools[c].length; i++) {
                carrierPools[c][i] = Identities.host(r, sub);
            }
        }
        for (int i = 0; i < n; i++) {
            Account a = newAccount(r, Population.DEVELOPER, null, null);
            // Most signed up long ago; some during the period (young accounts that are perfectly fine).
            a.createdAt = r.nextDouble() < 0.08 ? start + (long) (r.nextDouble() * (preset.end().toEpochMilli() - start) * 0.8)
                    : start - (long) ((5 + Rng.exponential(r, 400)) * DAY);
            a.createdAt -= a.createdAt % 1000;
            // A few privacy-minded people use disposable addresses and prepaid cards, like the hydra does.
            a.email = r.nextDouble() < 0.04 ? Identities.throwawayEmail(r) : Identities.personalEmail(r);
            a.card = Identities.card(r, Rng.pick(r, r.nextDouble() < 0.05 ? Identities.PREPAID_BINS
                    : Identities.BANK_BINS));
            String[] c = Identities.country(r);
            a.country = c[0];
            a.verified = r.nextDouble() < 0.55;
            if (r.nextDouble() < legit.mobileNatShare()) {
                a.ips = carrierPools[r.nextInt(carrierPools.length)];
            } else {
                a.ips = new String[1 + r.nextInt(3)];
                for (int k = 0; k < a.ips.length; k++) {
                    a.ips[k] = Identities.residentialIp(r);
                }
            }
            a.userAgent = Rng.pick(r, Identities.DEV_AGENTS);
            a.keys = keys(r, 1 + (r.nextDouble() < 0.3 ? 1 : 0));
            a.activeFrom = Math.max(start, a.createdAt + HOUR);
            a.activeTo = preset.end().toEpochMilli();
            a.rate = legit.developerDaily() * Math.exp(r.nextGaussian() * 0.9 - 0.405);
            a.rhythm = Rhythm.curve(Rhythm.DEVELOPER, Integer.parseInt(c[1]), Rhythm.WEEK_WORK, r);
            a.drift = drift();
            a.prompts = PromptKind.DEVELOPER;
            a.benignShare = 1;
            a.adoptAt = adoption(lags(12, 1));
            a.lingering = 0.25;
            a.awsAccount = Identities.awsAccount(r);
        }
    }

    private void enterprise(int g, int n, double daily) {
        String domain = Identities.COMPANY[g % Identities.COMPANY.length];
        String card = Identities.card(r, Rng.pick(r, Identities.BANK_BINS));
        String org = "org_" + Rng.hex(r, 10);
        String[] c = Identities.country(r);
        String sub = Identities.subnet(r, Identities.DATACENTER);
        String[] egress = new String[2 + r.nextInt(2)];
        for (int i = 0; i < egress.length; i++) {
            egress[i] = Identities.host(r, sub);
        }
        String tool = domain.substring(0, domain.indexOf('-')) + "-assist/2." + r.nextInt(9) + " python-requests/2.31.0";
        long onboarded = start - (long) ((60 + r.nextInt(500)) * DAY) + 9 * HOUR;
        long[] lag = fixedLags((long) ((14 + r.nextInt(21)) * DAY));
        String aws = Identities.awsAccount(r);
        for (int i = 0; i < n; i++) {
            Account a = newAccount(r, Population.ENTERPRISE, null, null);
            // The whole team was provisioned in one afternoon: a sign-up burst that is not fraud.
            a.createdAt = i < n * 0.8 ? onboarded + r.nextInt((int) (3 * HOUR))
                    : onboarded + (long) (r.nextDouble() * (start - onboarded));
            a.createdAt -= a.createdAt % 1000;
            a.email = Identities.workEmail(r, domain);
            a.card = card;
            a.country = c[0];
            a.orgId = org;
            a.verified = true;
            a.ips = egress;
            a.userAgent = r.nextDouble() < 0.8 ? tool : Rng.pick(r, Identities.DEV_AGENTS);
            a.keys = keys(r, 1);
            a.activeFrom = start;
            a.activeTo = preset.end().toEpochMilli();
            a.rate = daily * Math.exp(r.nextGaussian() * 0.5 - 0.125);
            a.rhythm = Rhythm.curve(Rhythm.OFFICE, Integer.parseInt(c[1]), Rhythm.WEEK_OFFICE, r);
            a.drift = drift();
            a.prompts = PromptKind.ENTERPRISE;
            a.group = g;
            a.benignShare = 1;
            a.adoptAt = adoption(lag);
            a.lingering = 0.1;
            a.awsAccount = aws;
        }
    }

    private void campus(int g, int n, double daily) {
        String domain = "student." + Identities.UNIVERSITY[g % Identities.UNIVERSITY.length];
        String sub = Identities.subnet(r, Identities.DATACENTER);
        String[] nat = {Identities.host(r, sub), Identities.host(r, sub)};
        String[] c = Identities.country(r);
        long term = start - (long) ((40 + r.nextInt(120)) * DAY);
        for (int i = 0; i < n; i++) {
            Account a = newAccount(r, Population.CAMPUS, null, null);
            a.createdAt = term + (long) (Rng.exponential(r, 6) * DAY);
            a.createdAt -= a.createdAt % 1000;
            a.email = Identities.FIRST[r.nextInt(Identities.FIRST.length)].charAt(0)
                    + Rng.pick(r, Identities.LAST) + (r.nextInt(90) + 10) + "@" + domain;
            a.card = Identities.card(r, Rng.pick(r, Identities.BANK_BINS));
            a.country = c[0];
            a.verified = r.nextDouble() < 0.3;
            a.ips = nat;
            a.userAgent = Rng.pick(r, Identities.CAMPUS_AGENTS);
            a.keys = keys(r, 1);
            a.activeFrom = Math.max(start, a.createdAt + HOUR);
            a.activeTo = preset.end().toEpochMilli();
            a.rate = daily * Math.exp(r.nextGaussian() * 0.8 - 0.32);
            a.rhythm = Rhythm.curve(Rhythm.STUDENT, Integer.parseInt(c[1]), Rhythm.WEEK_STUDENT, r);
            a.drift = drift();
            a.prompts = PromptKind.CAMPUS;
            a.group = g;
            a.benignShare = 1;
            a.adoptAt = adoption(lags(7, 2));
            a.lingering = 0.2;
            a.awsAccount = Identities.awsAccount(r);
        }
    }

    private Scenario.Lab lab(int g, int n, double hourly) {
        String org = "org_" + Rng.hex(r, 10);
        String card = Identities.card(r, Rng.pick(r, Identities.BANK_BINS));
        String sub = Identities.subnet(r, Identities.DATACENTER);
        String[] ips = {Identities.host(r, sub), Identities.host(r, sub)};
        String[] c = Identities.country(r);
        String aws = Identities.awsAccount(r);
        long[] lag = fixedLags((long) ((1 + r.nextInt(6)) * HOUR));
        List<Account> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Account a = newAccount(r, Population.HARNESS, null, null);
            a.createdAt = start - (long) ((30 + r.nextInt(400)) * DAY);
            a.createdAt -= a.createdAt % 1000;
            a.email = "eval-runner-" + (i + 1) + "@evals-lab" + (g + 1) + ".org";
            a.card = card;
            a.country = c[0];
            a.orgId = org;
            a.verified = true;
            a.ips = ips;
            a.userAgent = Identities.HARNESS_AGENT;
            a.keys = keys(r, 1);
            a.activeFrom = start;
            a.activeTo = preset.end().toEpochMilli();
            a.rate = hourly;
            a.rhythm = Rhythm.bursts();
            a.prompts = PromptKind.HARNESS;
            a.group = g;
            a.benignShare = 1;
            a.adoptAt = adoption(lag);
            a.lingering = 0.5;
            a.awsAccount = aws;
            members.add(a);
        }
        return new Scenario.Lab(g, Integer.parseInt(c[1]), members);
    }

    private void platform(double daily) {
        Account a = newAccount(r, Population.PLATFORM, null, null);
        a.createdAt = start - (long) ((500 + r.nextInt(300)) * DAY);
        a.createdAt -= a.createdAt % 1000;
        a.email = "api-billing@codepilot.dev";
        a.card = Identities.card(r, Rng.pick(r, Identities.BANK_BINS));
        a.country = "US";
        a.orgId = "org_" + Rng.hex(r, 10);
        a.verified = true;
        String sub = Identities.subnet(r, Identities.DATACENTER);
        a.ips = new String[4 + r.nextInt(3)];
        for (int i = 0; i < a.ips.length; i++) {
            a.ips[i] = Identities.host(r, sub);
        }
        a.userAgent = Identities.PLATFORM_AGENT;
        a.keys = keys(r, 3);
        a.activeFrom = start;
        a.activeTo = preset.end().toEpochMilli();
        a.rate = daily;
        a.rhythm = Rhythm.curve(Rhythm.PLATFORM, 0, Rhythm.WEEK_PLATFORM, null);
        a.drift = 0.03;
        a.prompts = PromptKind.PLATFORM;
        a.benignShare = 1;
        a.adoptAt = adoption(fixedLags(9 * DAY));
        a.lingering = 0.15;
        a.throttled = 0.001;
        a.awsAccount = Identities.awsAccount(r);
    }
}
