package dev.retort.generator;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Fast text helpers for the writers: JSON and CSV escaping and the timestamp layouts of the real formats. */
final class Text {

    private static final long DAY = 86_400_000L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private long cachedDay = Long.MIN_VALUE;
    private String date;
    private String nginxDate;

    /** Appends {@code s} as a quoted JSON string. */
    static void json(StringBuilder sb, CharSequence s) {
        sb.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append("\\u00").append(HEX[ch >> 4]).append(HEX[ch & 15]);
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Appends a JSON string or {@code null}. */
    static void jsonOrNull(StringBuilder sb, String s) {
        if (s == null || s.isEmpty()) {
            sb.append("null");
        } else {
            json(sb, s);
        }
    }

    /** Appends a CSV field, quoted when it holds a comma, quote or line break. */
    static void csv(StringBuilder sb, CharSequence s) {
        boolean quote = false;
        for (int i = 0, n = s.length(); i < n && !quote; i++) {
            char ch = s.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                sb.append('"');
            }
            sb.append(ch);
        }
        sb.append('"');
    }

    private void day(long ms) {
        long d = Math.floorDiv(ms, DAY);
        if (d != cachedDay) {
            cachedDay = d;
            LocalDate ld = LocalDate.ofEpochDay(d);
            date = ld.toString();
            nginxDate = two(ld.getDayOfMonth()) + "/" + ld.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
                    + "/" + ld.getYear();
        }
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private static void pad(StringBuilder sb, int v, int width) {
        int limit = width == 2 ? 10 : width == 3 ? 100 : 100_000;
        for (int l = limit; l > 1 && v < l; l /= 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    private static void hms(StringBuilder sb, long ms, char sep) {
        int t = (int) Math.floorMod(ms, DAY);
        pad(sb, t / 3_600_000, 2);
        sb.append(sep);
        pad(sb, t / 60_000 % 60, 2);
        sb.append(sep);
        pad(sb, t / 1000 % 60, 2);
    }

    /** LiteLLM's {@code 2025-01-24 09:20:46.847371} (UTC, no zone). */
    void spaced(StringBuilder sb, long ms, int micros) {
        day(ms);
        sb.append(date).append(' ');
        hms(sb, ms, ':');
        sb.append('.');
        pad(sb, (int) Math.floorMod(ms, 1000L), 3);
        pad(sb, micros, 3);
    }

    /** {@code 2026-04-22T10:15:30.123Z}. */
    void isoMillis(StringBuilder sb, long ms) {
        day(ms);
        sb.append(date).append('T');
        hms(sb, ms, ':');
        sb.append('.');
        pad(sb, (int) Math.floorMod(ms, 1000L), 3);
        sb.append('Z');
    }

    /** {@code 2026-04-22T10:15:30Z} (Bedrock, CloudTrail). */
    void isoSeconds(StringBuilder sb, long ms) {
        day(ms);
        sb.append(date).append('T');
        hms(sb, ms, ':');
        sb.append('Z');
    }

    /** nginx's {@code 22/Apr/2026:10:15:30 +0000}. */
    void nginx(StringBuilder sb, long ms) {
        day(ms);
        sb.append(nginxDate).append(':');
        hms(sb, ms, ':');
        sb.append(" +0000");
    }
}
