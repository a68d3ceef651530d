package dev.retort.views.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How views show times, counts and sizes: UTC everywhere (the logs are UTC), compact and sortable. */
public final class Display {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    /** "2026-04-02 13:05" (UTC), or "" for null. */
    public static String minute(Long epochMs) {
        return epochMs == null ? "" : MINUTE.format(Instant.ofEpochMilli(epochMs));
    }

    /** "2026-04-02" (UTC), or "" for null. */
    public static String day(Long epochMs) {
        return epochMs == null ? "" : DAY.format(Instant.ofEpochMilli(epochMs));
    }

    /** "2026-04-02 13:05:09" (UTC), or "" for null. */
    public static String second(Long epochMs) {
        return epochMs == null ? "" : SECOND.format(Instant.ofEpochMilli(epochMs));
    }

    /** Age in whole days between two instants in ms ("—" when unknown). */
    public static String days(Long fromMs, Long toMs) {
        if (fromMs == null || toMs == null) {
            return "—";
        }
        return Long.toString(Duration.ofMillis(Math.max(0, toMs - fromMs)).toDays());
    }

    /** 1234567 → "1,234,567". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 1536 → "1.5 KB". */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        do {
            v /= 1024;
            u++;
        } while (v >= 1024 && u < units.length - 1);
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** A score in 0..1 as "0.87", or "" when not scored. */
    public static String score(Double s) {
        return s == null ? "" : String.format(Locale.ROOT, "%.2f", s);
    }

    /** The first {@code max} characters on one line, with an ellipsis when cut. */
    public static String snippet(String text, int max) {
        if (text == null) {
            return "";
        }
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
