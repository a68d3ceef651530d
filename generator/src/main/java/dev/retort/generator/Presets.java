package dev.retort.generator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The built-in scenarios. Sizes are at scale 1; {@link GeneratorOptions#scale()} shrinks or grows them. */
public final class Presets {

    private Presets() {
    }

    /** Names accepted by {@link #byName(String)}. */
    public static List<String> names() {
        return List.of("demo", "feb-2026", "apr-2026");
    }

    public static Preset byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "demo" -> demo();
            case "feb-2026" -> feb2026();
            case "apr-2026" -> apr2026();
            default -> throw new IllegalArgumentException(
                    "unknown preset '" + name + "' (expected one of " + String.join(", ", names()) + ")");
        };
    }

    /** Two weeks, ~350 accounts, ~130k exchanges: all three campaign styles among every legitimate population. */
    public static Preset demo() {
        return new Preset("demo", Instant.parse("2026-04-20T00:00:00Z"), Instant.parse("2026-05-04T00:00:00Z"),
                List.of(new ModelRelease("orion-3", Instant.parse("2025-11-18T17:00:00Z")),
                        new ModelRelease("orion-3.5", Instant.parse("2026-04-27T16:00:00Z"))),
                new Preset.Legit(140, 12, 0.25, List.of(24, 12), 28, List.of(50), 7, List.of(3), 350, 1, 2200),
                List.of(new Preset.Campaign("C-HYDRA-1", CampaignStyle.HYDRA, 90, 32_000, 1, 14),
                        new Preset.Campaign("C-QUIET-1", CampaignStyle.QUIET, 20, 12_000, 2, 14),
                        new Preset.Campaign("C-PROBE-1", CampaignStyle.PROBE, 6, 2_500, 9, 11)));
    }

    /**
     * Three campaigns sized like the February 2026 reports (150k, 3.4M and 13M exchanges over ~24,000 accounts)
     * among ~6M legitimate exchanges over seven weeks.
     */
    public static Preset feb2026() {
        return new Preset("feb-2026", Instant.parse("2026-01-05T00:00:00Z"), Instant.parse("2026-02-23T00:00:00Z"),
                List.of(new ModelRelease("orion-3", Instant.parse("2025-11-18T17:00:00Z")),
                        new ModelRelease("orion-3.5", Instant.parse("2026-01-26T16:00:00Z"))),
                bigLegit(),
                List.of(new Preset.Campaign("C-PROBE-FEB", CampaignStyle.PROBE, 300, 150_000, 12, 19),
                        new Preset.Campaign("C-QUIET-FEB", CampaignStyle.QUIET, 3_700, 3_400_000, 0, 49),
                        new Preset.Campaign("C-HYDRA-FEB", CampaignStyle.HYDRA, 20_000, 13_000_000, 3, 49)));
    }

    /** One operator, ~25,000 accounts, 28.8M exchanges from 22 April to 5 June 2026, among legitimate traffic. */
    public static Preset apr2026() {
        return new Preset("apr-2026", Instant.parse("2026-04-22T00:00:00Z"), Instant.parse("2026-06-06T00:00:00Z"),
                List.of(new ModelRelease("orion-3.5", Instant.parse("2026-01-26T16:00:00Z")),
                        new ModelRelease("orion-4", Instant.parse("2026-05-19T16:00:00Z"))),
                bigLegit(),
                List.of(new Preset.Campaign("C-HYDRA-APR", CampaignStyle.HYDRA, 25_000, 28_800_000, 0, 45)));
    }

    private static Preset.Legit bigLegit() {
        return new Preset.Legit(4_000, 12, 0.25, List.of(300, 180, 120, 60, 40), 28, List.of(600, 400), 7,
                List.of(6, 4), 350, 1, 60_000);
    }
}
