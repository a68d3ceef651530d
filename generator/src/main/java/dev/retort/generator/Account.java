package dev.retort.generator;

/**
 * One API account with everything the generator needs to make its traffic. Built once per run by
 * {@link ScenarioBuilder}; read-only afterwards (shared by the day workers).
 */
final class Account {

    final int index;
    final String id;
    final Population population;
    /** The campaign id, or null for legitimate accounts. */
    final String campaign;
    final CampaignStyle style;

    long createdAt;
    String email;
    String card;
    String country;
    String orgId = "";
    boolean verified;

    /** Active from (inclusive) and to (exclusive), epoch ms. */
    long activeFrom;
    long activeTo;
    /** Mean exchanges per (weekday-adjusted) day, or per burst hour for the harness. */
    double rate;
    Rhythm rhythm;
    /** Relative change of the rate per week (customers grow or fade over weeks; campaigns hold steady). */
    double drift;
    /** Group index for populations that act together (enterprise, campus, harness lab). */
    int group = -1;

    /** The addresses it sends from; one per request is drawn from it. */
    String[] ips;
    String userAgent;
    /** Hashed API keys (64 hex chars); an account may rotate between a few. */
    String[] keys;
    PromptKind prompts;
    /** Share of traffic that is ordinary, unremarkable use (campaigns mix it in). */
    double benignShare;
    /** Per model (same order as the preset), the instant this account starts using it. */
    long[] adoptAt;
    /** Probability of staying on the previous model after adopting a new one. */
    double lingering;
    /** Probability of a 429 and of a 5xx. */
    double throttled = 0.004;
    /** The AWS account that owns this IAM user, in the Bedrock format. */
    String awsAccount;

    Account(int index, String id, Population population, String campaign, CampaignStyle style) {
        this.index = index;
        this.id = id;
        this.population = population;
        this.campaign = campaign;
        this.style = style;
    }

    boolean activeAt(long ts) {
        return ts >= activeFrom && ts < activeTo;
    }

    boolean overlaps(long from, long to) {
        return activeFrom < to && activeTo > from;
    }
}
