package dev.retort.analysis;

/** The network an address sits in: /24 for IPv4, /48 for IPv6. Text only: nothing is resolved. */
final class Subnets {
    private Subnets() {}

    static String of(String ip) {
        if (ip == null) {
            return null;
        }
        if (ip.indexOf(':') >= 0) {
            String[] parts = expand(ip);
            return parts == null ? null : parts[0] + ":" + parts[1] + ":" + parts[2] + "::/48";
        }
        int last = ip.lastIndexOf('.');
        if (last < 0 || ip.chars().filter(ch -> ch == '.').count() != 3) {
            return null;
        }
        return ip.substring(0, last) + ".0/24";
    }

    /** The eight groups of an IPv6 address (with :: expanded), lower case without leading zeros; null if not one. */
    private static String[] expand(String ip) {
        String addr = ip.toLowerCase(java.util.Locale.ROOT);
        int pct = addr.indexOf('%');
        if (pct >= 0) {
            addr = addr.substring(0, pct);
        }
        String[] head;
        String[] tail;
        int dbl = addr.indexOf("::");
        if (dbl >= 0) {
            head = addr.substring(0, dbl).isEmpty() ? new String[0] : addr.substring(0, dbl).split(":");
            tail = addr.substring(dbl + 2).isEmpty() ? new String[0] : addr.substring(dbl + 2).split(":");
        } else {
            head = addr.split(":");
            tail = new String[0];
        }
        if (head.length + tail.length > 8 || (dbl < 0 && head.length != 8)) {
            return null;
        }
        String[] out = new String[8];
        java.util.Arrays.fill(out, "0");
        for (int i = 0; i < head.length; i++) {
            out[i] = strip(head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            out[8 - tail.length + i] = strip(tail[i]);
        }
        for (String g : out) {
            if (g == null) {
                return null;
            }
        }
        return out;
    }

    private static String strip(String group) {
        if (group.isEmpty() || group.length() > 4) {
            return null;
        }
        String s = group.replaceFirst("^0+(?!$)", "");
        return s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0) ? s : null;
    }
}
