package dev.retort.dossier;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an export removes. {@code legal} keeps everything; {@code briefing} masks e-mails, IPs, API keys, payment
 * fingerprints and prompt/response text; {@code custom:emails,ips,...} removes exactly the listed kinds.
 */
public record RedactionProfile(String name, Set<Field> fields) {

    /** The kinds of value a profile can remove. */
    public enum Field {
        EMAILS("e-mail addresses reduced to their domain"),
        IPS("IP addresses and subnets generalised to /16 (IPv4) or /32 (IPv6)"),
        KEYS("API keys replaced by per-export pseudonyms"),
        PAYMENT("payment fingerprints replaced by per-export pseudonyms"),
        PROMPTS("prompt and response text removed");

        private final String description;

        Field(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final RedactionProfile LEGAL = new RedactionProfile("legal", EnumSet.noneOf(Field.class));
    public static final RedactionProfile BRIEFING = new RedactionProfile("briefing", EnumSet.allOf(Field.class));

    public RedactionProfile {
        fields = fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields);
    }

    public boolean removes(Field f) {
        return fields.contains(f);
    }

    /** Parses {@code legal}, {@code briefing} or {@code custom:emails,ips,keys,payment,prompts}. */
    public static RedactionProfile parse(String spec) {
        String s = spec == null ? "legal" : spec.strip().toLowerCase(Locale.ROOT);
        if (s.equals("legal")) {
            return LEGAL;
        }
        if (s.equals("briefing")) {
            return BRIEFING;
        }
        if (s.startsWith("custom:")) {
            Set<Field> fields = EnumSet.noneOf(Field.class);
            for (String part : s.substring("custom:".length()).split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    fields.add(Field.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new DossierException("unknown redaction '" + part.strip()
                            + "' (use emails, ips, keys, payment, prompts)");
                }
            }
            return new RedactionProfile("custom:" + String.join(",",
                    fields.stream().map(Field::key).toList()), fields);
        }
        throw new DossierException("unknown redaction profile '" + spec + "' (use legal, briefing or custom:...)");
    }
}
