package dev.retort.generator;

import java.util.Locale;

/** How a distillation campaign operates (see docs/generator.md). */
public enum CampaignStyle {
    /** Many fresh accounts in waves, shared cards, residential proxies, flat thin 24/7 load. */
    HYDRA,
    /** One datacenter IP per account in a few subnets, one card BIN range, synchronised shifts. */
    QUIET,
    /** A small, short burst asking for reasoning traces and censorship-safe rewrites. */
    PROBE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
