package dev.retort.importers.mapping;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads the times found in exported logs. {@code auto} accepts ISO-8601 with or without an offset ("2026-04-01
 * 09:20:46.847371" too: times without a zone are read in the mapping's zone, UTC by default) and epoch numbers,
 * whose unit is told by magnitude (seconds, milli-, micro- or nanoseconds). {@code epoch_s}, {@code epoch_ms},
 * {@code epoch_us}, {@code epoch_ns} force a unit; anything else is a {@link DateTimeFormatter} pattern.
 */
public final class TimeParser {

    public static final String AUTO = "auto";

    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .optionalStart().appendZoneRegionId().optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final String format;
    private final ZoneId zone;
    private final DateTimeFormatter pattern;

    public TimeParser(String format, ZoneId zone) {
        this.format = format == null || format.isBlank() ? AUTO : format.trim();
        this.zone = zone == null ? ZoneOffset.UTC : zone;
        this.pattern = switch (this.format) {
            case AUTO, "epoch_s", "epoch_ms", "epoch_us", "epoch_ns" -> null;
            default -> DateTimeFormatter.ofPattern(strictYears(this.format), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT); // 31.02. is a bad line, not 28 February
        };
    }

    /**
     * Strict resolving reads {@code yyyy} as a year of an era and then wants the era too, so an analyst's
     * {@code yyyy} is taken as the proleptic year {@code uuuu} (outside quoted literals, unless the pattern has an era).
     */
    static String strictYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        boolean era = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == 'G') {
                era = true;
            }
        }
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && !era && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** The parser for {@code auto} in UTC. */
    public static TimeParser auto() {
        return new TimeParser(AUTO, ZoneOffset.UTC);
    }

    /** Epoch milliseconds UTC, or -1 when {@code text} is not a time in this format. */
    public long millis(String text) {
        if (text == null) {
            return -1;
        }
        String s = text.trim();
        if (s.isEmpty() || s.length() > 64) {
            return -1;
        }
        try {
            return switch (format) {
                case AUTO -> auto(s);
                case "epoch_s" -> Math.multiplyExact(Long.parseLong(s), 1000L);
                case "epoch_ms" -> Long.parseLong(s);
                case "epoch_us" -> Long.parseLong(s) / 1000L;
                case "epoch_ns" -> Long.parseLong(s) / 1_000_000L;
                default -> fromTemporal(pattern.parse(s));
            };
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    private long auto(String s) {
        char c0 = s.charAt(0);
        if (Character.isDigit(c0) && s.indexOf('-') < 0 && s.indexOf(':') < 0) {
            return epochByMagnitude(s);
        }
        long fast = fastIsoUtc(s);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        return fromTemporal(ISO_LENIENT.parse(s));
    }

    /**
     * The common case without the formatter's cost: {@code yyyy-MM-ddTHH:mm:ss[.f...]Z} (or a space for the T).
     * Returns {@code Long.MIN_VALUE} for anything else, which then takes the general path.
     */
    static long fastIsoUtc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        int millis = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n == 21) {
                return Long.MIN_VALUE;
            }
            int frac = digits(s, 20, Math.min(23, n - 1));
            if (frac < 0 || digits(s, 20, n - 1) < 0) {
                return Long.MIN_VALUE;
            }
            for (int i = Math.min(23, n - 1) - 20; i < 3; i++) {
                frac *= 10;
            }
            millis = frac;
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return epochDay * 86_400_000L + hour * 3_600_000L + minute * 60_000L + second * 1000L + millis;
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character is not a digit (or to - from > 9). */
    private static int digits(String s, int from, int to) {
        if (to - from > 9) {
            // Longer fractions: check they are digits, value unused beyond the first three.
            for (int i = from; i < to; i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return -1;
                }
            }
            return 0;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static long epochByMagnitude(String s) {
        double d = Double.parseDouble(s);
        if (Double.isNaN(d) || d <= 0) {
            return -1;
        }
        if (d >= 1e17) {
            return (long) (d / 1e6);
        } else if (d >= 1e14) {
            return (long) (d / 1e3);
        } else if (d >= 1e11) {
            return (long) d;
        } else if (d >= 1e8) {
            return (long) (d * 1000);
        }
        return -1;
    }

    private long fromTemporal(TemporalAccessor t) {
        if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(t).toEpochMilli();
        }
        LocalDate date = LocalDate.from(t);
        LocalDateTime ldt = t.isSupported(ChronoField.HOUR_OF_DAY) ? LocalDateTime.of(date,
                java.time.LocalTime.from(t)) : date.atStartOfDay();
        if (t.query(java.time.temporal.TemporalQueries.offset()) != null) {
            return OffsetDateTime.of(ldt, ZoneOffset.from(t)).toInstant().toEpochMilli();
        }
        ZoneId z = t.query(java.time.temporal.TemporalQueries.zone());
        return ZonedDateTime.of(ldt, z != null ? z : zone).toInstant().toEpochMilli();
    }

    public String format() {
        return format;
    }

    public ZoneId zone() {
        return zone;
    }
}
