package dev.retort.generator;

import java.util.SplittableRandom;

/** Fills a {@link Call} for an account at an instant: model, address, key, prompt, tokens, status, latency. */
final class CallFactory {

    private final Scenario scenario;
    private final Prompts prompts = new Prompts();

    CallFactory(Scenario scenario) {
        this.scenario = scenario;
    }

    void fill(Call c, Account a, long ts, SplittableRandom r) {
        c.ts = ts;
        c.micros = r.nextInt(1000);
        c.account = a;
        c.idHi = r.nextLong();
        c.idLo = r.nextLong();
        c.spanId = r.nextLong();
        c.model = scenario.modelNames[model(a, ts, r)];
        c.ip = a.ips.length == 1 ? a.ips[0] : a.ips[r.nextInt(a.ips.length)];
        c.key = a.keys.length == 1 ? a.keys[0] : a.keys[r.nextInt(a.keys.length)];
        c.prompt.setLength(0);
        c.response.setLength(0);
        c.reply = prompts.write(a, r, c.prompt, c.response);
        double u = r.nextDouble();
        c.status = u < a.throttled ? 429 : u < a.throttled + 0.002 ? 500 : 200;
        c.tokensIn = c.prompt.length() / 4 + context(c.reply, r);
        if (c.ok()) {
            c.tokensOut = output(c.reply, r);
            c.latencyMs = 250 + (int) (c.tokensOut * Rng.between(r, 12, 28));
        } else {
            c.tokensOut = 0;
            c.response.setLength(0);
            c.latencyMs = c.status == 429 ? 20 + r.nextInt(60) : 5_000 + r.nextInt(25_000);
        }
    }

    /** The newest model the account has moved to by then; legitimate users sometimes stay on the previous one. */
    private static int model(Account a, long ts, SplittableRandom r) {
        int m = 0;
        for (int i = 1; i < a.adoptAt.length; i++) {
            if (a.adoptAt[i] <= ts) {
                m = i;
            }
        }
        if (m > 0 && a.lingering > 0 && r.nextDouble() < a.lingering) {
            m--;
        }
        return m;
    }

    /** Hidden context (system prompt, history, files, tool schemas) on top of the visible prompt. */
    private static int context(Prompts.Reply reply, SplittableRandom r) {
        return switch (reply) {
            case CHAT, CODE -> r.nextInt(400);
            case BUSINESS -> 150 + r.nextInt(250);
            case STEPS -> 300 + r.nextInt(2_500);
            case PLAN -> 500 + r.nextInt(2_000);
            case COMPLETION -> 1_500 + r.nextInt(6_000);
            case TRACE, REWRITE -> 100 + r.nextInt(600);
        };
    }

    private static int output(Prompts.Reply reply, SplittableRandom r) {
        return switch (reply) {
            case CHAT -> 80 + r.nextInt(600);
            case CODE -> 120 + r.nextInt(900);
            case BUSINESS -> 60 + r.nextInt(240);
            case STEPS -> 700 + r.nextInt(3_300);
            case PLAN -> 1_200 + r.nextInt(3_800);
            case COMPLETION -> 20 + r.nextInt(300);
            case TRACE -> 1_500 + r.nextInt(4_500);
            case REWRITE -> 300 + r.nextInt(900);
        };
    }
}
