package dev.retort.dossier.redact;

import java.util.HashMap;
import java.util.Map;

/**
 * Replacement values for one export. Pseudonyms are numbered in order of first appearance, so the same card or key
 * gets the same pseudonym everywhere in one export and nothing of the original survives.
 */
final class Masks {
    private final Map<String, String> replaced = new HashMap<>();
    private int cards;
    private int keys;
    private int bins;

    /** Every original value masked so far, with its replacement (for scrubbing free text). */
    Map<String, String> replaced() {
        return replaced;
    }

    String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        String masked = at < 0 ? "[e-mail redacted]" : "***" + email.substring(at);
        return remember(email, masked);
    }

    String emailPattern(String pattern) {
        return pattern == null ? null : remember(pattern, "[e-mail pattern redacted]");
    }

    String ip(String ip) {
        if (ip == null) {
            return null;
        }
        return remember(ip, generaliseIp(ip));
    }

    String card(String fingerprint) {
        if (fingerprint == null) {
            return null;
        }
        return replaced.computeIfAbsent(fingerprint, k -> "card-" + (++cards));
    }

    String cardBin(String bin) {
        if (bin == null) {
            return null;
        }
        return replaced.computeIfAbsent(bin, k -> "card-range-" + (++bins));
    }

    String key(String key) {
        if (key == null) {
            return null;
        }
        return replaced.computeIfAbsent(key, k -> "key-" + (++keys));
    }

    String text(String text) {
        if (text == null) {
            return null;
        }
        return remember(text, "[text redacted: " + text.length() + " characters]");
    }

    private String remember(String original, String masked) {
        if (!original.equals(masked)) {
            replaced.putIfAbsent(original, masked);
        }
        return masked;
    }

    /** IPv4 and IPv4 subnets to their /16; IPv6 to its /32; anything else to a fixed mask. */
    static String generaliseIp(String value) {
        String ip = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        if (ip.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
            String[] p = ip.split("\\.");
            return p[0] + "." + p[1] + ".0.0/16";
        }
        if (ip.contains(":")) {
            String[] p = ip.split(":", -1);
            if (p.length >= 2 && !p[0].isEmpty()) {
                return p[0] + ":" + (p[1].isEmpty() ? "0" : p[1]) + "::/32";
            }
        }
        return "[address redacted]";
    }
}
