package dev.retort.analysis;

/** The kinds of shared value that tie accounts together. docs/analysis.md explains each in plain words. */
public enum IndicatorKind {
    CARD("shared_card", "the same payment card", "payment"),
    CARD_BIN("card_bin", "cards from the same issuer range (BIN)", "payment"),
    IP("shared_ip", "the same IP address", "network"),
    SUBNET("shared_subnet", "the same /24 (IPv4) or /48 (IPv6) network", "network"),
    USER_AGENT("shared_client", "the same client fingerprint (user agent)", "client"),
    API_KEY("shared_key", "the same API key", "key"),
    EMAIL_DOMAIN("email_domain", "the same uncommon e-mail domain", "email"),
    EMAIL_PATTERN("email_pattern", "e-mail addresses made from the same pattern", "email"),
    SIGNUP_BURST("signup_burst", "sign-ups in the same unusual burst", "signup"),
    PROMPT_TEMPLATE("prompt_template", "near-duplicate prompts (the same template)", "prompt"),
    SYNC_ACTIVITY("synchronised_activity", "activity in the same hours (synchronised)", "timing");

    private final String code;
    private final String description;
    private final String family;

    IndicatorKind(String code, String description, String family) {
        this.code = code;
        this.description = description;
        this.family = family;
    }

    /**
     * Kinds of one family describe the same fact (an IP implies its subnet; an e-mail's pattern and domain come
     * from one address), so a link counts only the strongest kind of each family.
     */
    public String family() {
        return family;
    }

    /** The stable machine name used in JSON, the case and the docs. */
    public String code() {
        return code;
    }

    /** Plain words for an analyst: "the same payment card". */
    public String description() {
        return description;
    }

    public static IndicatorKind fromCode(String code) {
        for (IndicatorKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown indicator kind " + code);
    }
}
