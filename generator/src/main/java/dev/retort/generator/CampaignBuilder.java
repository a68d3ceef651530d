package dev.retort.generator;

import static dev.retort.generator.ScenarioBuilder.DAY;
import static dev.retort.generator.ScenarioBuilder.HOUR;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds the accounts of one campaign in its style (see docs/generator.md for the signals each one carries). */
final class CampaignBuilder {

    /** The quiet style's synchronised shifts, in UTC hours. */
    static final double[] QUIET_SHIFTS = {0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0};

    /** Smallest fleet per style (HYDRA, QUIET, PROBE) whatever the scale. */
    static final int[] MIN_ACCOUNTS = {12, 6, 3};

    private final ScenarioBuilder owner;
    private final SplittableRandom r;

    CampaignBuilder(ScenarioBuilder owner, SplittableRandom r) {
        this.owner = owner;
        this.r = r;
    }

    Scenario.CampaignPlan build(Preset.Campaign c) {
        Preset p = owner.preset();
        long start = p.start().toEpochMilli();
        long from = start + c.startDay() * DAY;
        long to = Math.min(p.end().toEpochMilli(), start + c.endDay() * DAY);
        if (from >= to) {
            throw new IllegalArgumentException("campaign " + c.id() + " has an empty window");
        }
        // A campaign shrunk below a few accounts is no longer a campaign; keep a floor per style.
        int n = Math.max(Math.min(c.accounts(), MIN_ACCOUNTS[c.style().ordinal()]), owner.scaled(c.accounts()));
        long target = Math.max(1, Math.round(c.exchanges() * owner.scale()));
        List<Account> members = switch (c.style()) {
            case HYDRA -> hydra(c, n, from, to);
            case QUIET -> quiet(c, n, from, to);
            case PROBE -> probe(c, n, from, to);
        };
        // Spread the target over the account-days actually active.
        double activeDays = 0;
        for (Account a : members) {
            activeDays += (a.activeTo - a.activeFrom) / (double) DAY;
        }
        for (Account a : members) {
            a.rate = target / activeDays;
        }
        return new Scenario.CampaignPlan(c, target, members, from, to);
    }

    private long[] lags(long baseMs, long jitterMs) {
        long[] lag = new long[owner.preset().models().size()];
        for (int i = 0; i < lag.length; i++) {
            lag[i] = baseMs + (long) (r.nextDouble() * jitterMs);
        }
        return lag;
    }

    private Account common(Preset.Campaign c, long created, long from, long to) {
        Account a = owner.newAccount(r, Population.CAMPAIGN, c.id(), c.style());
        a.createdAt = created - created % 1000;
        a.activeFrom = from;
        a.activeTo = to;
        a.keys = new String[] {Rng.hex(r, 64)};
        a.lingering = 0;
        return a;
    }

    /** Waves of fresh accounts every three days, each burned after 5-9 days; cards shared by groups. */
    private List<Account> hydra(Preset.Campaign c, int n, long from, long to) {
        List<Account> out = new ArrayList<>();
        int waves = Math.max(1, (int) Math.ceil((to - from) / (3.0 * DAY)));
        // A residential proxy pool about twice the size of the fleet; each account rotates through a slice of it.
        String[] pool = new String[Math.max(24, n * 2)];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = Identities.residentialIp(r);
        }
        long campaignLag = (long) ((2 + r.nextInt(14)) * HOUR);
        long[] waveOffset = new long[waves];
        for (int w = 0; w < waves; w++) {
            waveOffset[w] = (long) (r.nextDouble() * 6 * HOUR);
        }
        String card = null;
        String aws = null;
        String agent = null;
        int groupLeft = 0;
        for (int i = 0; i < n; i++) {
            int wave = (int) ((long) i * waves / n);
            long waveStart = from - 10 * HOUR + wave * 3 * DAY + waveOffset[wave];
            long created = waveStart + (long) (r.nextDouble() * 2 * HOUR);
            long active = created + (long) ((1 + r.nextDouble() * 5) * HOUR);
            long end = wave == waves - 1 ? to : Math.min(to, active + (long) ((5 + r.nextDouble() * 4) * DAY));
            Account a = common(c, created, Math.max(from, active), end);
            if (groupLeft == 0) {
                card = Identities.card(r, Rng.pick(r, Identities.PREPAID_BINS));
                aws = Identities.awsAccount(r);
                agent = Rng.pick(r, Identities.HYDRA_AGENTS);
                groupLeft = 4 + r.nextInt(9);
            }
            groupLeft--;
            a.card = card;
            a.awsAccount = aws;
            a.userAgent = agent;
            a.email = Identities.throwawayEmail(r);
            a.country = Identities.country(r)[0];
            a.verified = r.nextDouble() < 0.03;
            a.ips = new String[8 + r.nextInt(10)];
            for (int k = 0; k < a.ips.length; k++) {
                a.ips[k] = pool[r.nextInt(pool.length)];
            }
            a.rhythm = Rhythm.curve(Rhythm.FLAT, 0, Rhythm.WEEK_FLAT, null);
            a.prompts = PromptKind.HYDRA;
            a.benignShare = 0.15;
            a.throttled = 0.03;
            long[] lag = lags(campaignLag, 2 * HOUR);
            a.adoptAt = owner.adoption(lag);
            out.add(a);
        }
        return out;
    }

    /** A fixed fleet registered in bursts a week or two ahead, one datacenter address each, working in shifts. */
    private List<Account> quiet(Preset.Campaign c, int n, long from, long to) {
        List<Account> out = new ArrayList<>();
        int subnets = Math.max(2, Math.min(6, n / 60 + 2));
        String[] subs = new String[subnets];
        for (int i = 0; i < subnets; i++) {
            subs[i] = Identities.subnet(r, Identities.DATACENTER);
        }
        String bin = "53769" + r.nextInt(10);
        long[] bursts = {from - 13 * DAY, from - 11 * DAY, from - 8 * DAY, from - 6 * DAY};
        long lagBase = (long) ((3 + r.nextInt(12)) * HOUR);
        String aws = Identities.awsAccount(r);
        for (int i = 0; i < n; i++) {
            long created = bursts[i % bursts.length] + 14 * HOUR + (long) (r.nextDouble() * 3 * HOUR);
            Account a = common(c, created, from, to);
            a.card = Identities.card(r, bin);
            a.email = Rng.pick(r, Identities.FIRST) + "." + Rng.pick(r, Identities.LAST) + (1000 + r.nextInt(9000))
                    + "@" + (r.nextBoolean() ? "outlook.com" : "proton.me");
            a.country = r.nextInt(3) == 0 ? "SG" : "US";
            a.verified = r.nextDouble() < 0.4;
            String sub = subs[i % subnets];
            a.ips = new String[] {sub + "." + (10 + (i / subnets) % 240)};
            a.userAgent = Identities.QUIET_AGENT;
            a.rhythm = Rhythm.curve(QUIET_SHIFTS, 0, Rhythm.WEEK_FLAT, null);
            a.prompts = PromptKind.QUIET;
            a.benignShare = 0.08;
            a.throttled = 0.01;
            a.adoptAt = owner.adoption(lags(lagBase, HOUR));
            a.awsAccount = aws;
            out.add(a);
        }
        return out;
    }

    /** A handful of accounts opened the same morning, two cards, two VPN exits, a few days of heavy asking. */
    private List<Account> probe(Preset.Campaign c, int n, long from, long to) {
        List<Account> out = new ArrayList<>();
        String sub = Identities.subnet(r, Identities.DATACENTER);
        String[] exits = {Identities.host(r, sub), Identities.host(r, sub)};
        String[] cards = {Identities.card(r, Rng.pick(r, Identities.BANK_BINS)),
            Identities.card(r, Rng.pick(r, Identities.BANK_BINS))};
        String aws = Identities.awsAccount(r);
        for (int i = 0; i < n; i++) {
            long created = from - 3 * HOUR + (long) (r.nextDouble() * 2 * HOUR);
            Account a = common(c, created, from + (long) (r.nextDouble() * HOUR), to);
            a.card = cards[i % 2];
            a.email = Identities.throwawayEmail(r);
            a.country = "US";
            a.verified = false;
            a.ips = exits;
            a.userAgent = Identities.PROBE_AGENT;
            a.rhythm = Rhythm.curve(Rhythm.FLAT, 0, Rhythm.WEEK_FLAT, null);
            a.prompts = PromptKind.PROBE;
            a.benignShare = 0.05;
            a.throttled = 0.02;
            a.adoptAt = owner.adoption(lags(HOUR, 5 * HOUR));
            a.awsAccount = aws;
            out.add(a);
        }
        return out;
    }
}
