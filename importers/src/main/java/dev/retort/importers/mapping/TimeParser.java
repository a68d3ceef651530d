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
            default -> DateTimeFormatter.ofPattern(this.format, Locale.ROOT);
        };
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
        return fromTemporal(ISO_LENIENT.parse(s));
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
