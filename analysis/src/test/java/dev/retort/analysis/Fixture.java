package dev.retort.analysis;

import dev.retort.store.ingest.PromptSimHash;
import java.util.SplittableRandom;

/** Builds small hand-made cases for the detection tests. */
final class Fixture {
    static final long DAY = AccountProfile.DAY;
    static final long HOUR = AccountProfile.HOUR;
    static final long START = java.time.Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();

    private static final String[] TOPICS = {"binary search tree", "rate limiter", "LRU cache", "trie", "graph colouring",
        "merge intervals", "parser for JSON", "thread pool", "bloom filter", "consistent hashing", "skip list",
        "dijkstra shortest path", "topological sort", "union find", "ring buffer", "matrix multiply"};
    private static final String[] WORDS = ("recipe garden holiday invoice meeting poem weather football museum "
            + "translate letter summary budget travel birthday email marketing story music history biology chemistry "
            + "painting novel essay interview resume kitchen dog cat bicycle mountain river ocean city village train "
            + "airport coffee tea breakfast dinner lunch movie theatre opera jazz guitar piano violin camera photo")
            .split(" ");

    final CaseData data;
    private final SplittableRandom rnd;
    private long nextExchange = 1;

    Fixture(long seed) {
        this.data = new CaseData(START, START + 30 * DAY);
        this.rnd = new SplittableRandom(seed);
    }

    AccountProfile account(String name, double signupDay, String card, String email, String org, Boolean verified) {
        AccountProfile p = data.account(name);
        p.createdAt = START + (long) (signupDay * DAY);
        p.card = card;
        p.email = email;
        p.org = org;
        p.verified = verified;
        return p;
    }

    /** A distillation-style prompt: one template, reworded slots, asking for reasoning about code. */
    String templated() {
        String t = TOPICS[rnd.nextInt(TOPICS.length)];
        return "You are an expert engineer. Implement a Python function for a " + t + " with unit tests. "
                + "Think step by step and show your full reasoning for each step before the final code. "
                + "Case " + rnd.nextInt(100_000) + ".";
    }

    /** An ordinary prompt: a few random everyday words. */
    String diverse() {
        StringBuilder sb = new StringBuilder("please help with");
        int n = 6 + rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    /**
     * Adds exchanges for an account from {@code fromDay} to {@code toDay}: {@code perDay} a day, around the clock
     * (flat) or in office hours 9-17 UTC, from one of the ips, with the given prompt style.
     */
    void traffic(AccountProfile p, double fromDay, double toDay, int perDay, boolean flat, String[] ips, String ua,
                 boolean templated, int tokensIn, int tokensOut, String model) {
        for (int d = (int) fromDay; d < toDay; d++) {
            for (int i = 0; i < perDay; i++) {
                long hour = flat ? rnd.nextInt(24) : 9 + rnd.nextInt(8);
                long ts = START + d * DAY + hour * HOUR + rnd.nextInt(3_600_000);
                String prompt = templated ? templated() : diverse();
                long id = nextExchange++;
                p.exchange(id, ts, data.start, ips[rnd.nextInt(ips.length)], ua, "key-" + p.name, model, tokensIn,
                        tokensOut, PromptSimHash.of(prompt), 48);
                if (p.textsSampled < 6 && rnd.nextInt(4) == 0) {
                    p.classified(id, PromptClassifier.classify(prompt));
                }
            }
        }
    }

    /** A hydra: young unverified accounts on a few shared cards, a small proxy pool, templated flat 24/7 load. */
    void hydra(String prefix, int accounts) {
        hydra(prefix, accounts, "203.0.113", "python-httpx/0.27", "mailbox.test");
    }

    /** As {@link #hydra(String, int)}, with its own cards, proxies in the given /24, client and mail domain. */
    void hydra(String prefix, int accounts, String net, String ua, String mailDomain) {
        String[] proxies = {net + ".10", net + ".11", net + ".12", net + ".13", net + ".14"};
        for (int i = 0; i < accounts; i++) {
            AccountProfile p = account(prefix + i, 2 + i % 3, "card-" + prefix + (i % 3), prefix + i + "x@" + mailDomain,
                    null, false);
            traffic(p, 2 + i % 3 + 0.2, 20, 30, true, new String[] {proxies[i % 5], proxies[(i + 1) % 5]},
                    ua, true, 200, 1400, "orion-3");
        }
    }

    AnalysisResults analyze() {
        return analyze(AnalysisConfig.defaults());
    }

    AnalysisResults analyze(AnalysisConfig cfg) {
        java.time.Instant t = java.time.Instant.ofEpochMilli(START);
        return new Analyzer(cfg).run(data, t, t, dev.retort.store.task.Progress.NONE);
    }
}
