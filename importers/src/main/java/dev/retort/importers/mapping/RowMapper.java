package dev.retort.importers.mapping;

import dev.retort.importers.json.JsonValues;
import dev.retort.store.ingest.Exchange;
import java.util.Locale;

/** Turns one source row, seen through a mapping, into an exchange or a reason it cannot be one. */
final class RowMapper {

    /** The raw text of a mapped field in the current row, or null when absent. */
    interface Row {
        String get(Field field);
    }

    /** A row that cannot become an exchange; the message is the quarantine reason. */
    static final class BadRow extends Exception {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ColumnMapping mapping;
    private final TimeParser time;

    RowMapper(ColumnMapping mapping) {
        this.mapping = mapping;
        this.time = new TimeParser(mapping.timeFormat(), mapping.zone());
    }

    Exchange map(long line, Row row) throws BadRow {
        String when = row.get(Field.TIMESTAMP);
        if (when == null || when.isBlank()) {
            throw new BadRow("no timestamp in column '" + mapping.column(Field.TIMESTAMP) + "'");
        }
        long ts = time.millis(when);
        if (ts < 0) {
            throw new BadRow("bad timestamp '" + clip(when) + "' (format " + time.format() + ")");
        }
        return new Exchange(line, ts, text(row, Field.REQUEST_ID), text(row, Field.ACCOUNT), text(row, Field.API_KEY),
                text(row, Field.IP), text(row, Field.USER_AGENT), text(row, Field.MODEL), number(row, Field.TOKENS_IN),
                number(row, Field.TOKENS_OUT), number(row, Field.STATUS), number(row, Field.LATENCY_MS),
                text(row, Field.PROMPT), text(row, Field.RESPONSE));
    }

    private static String text(Row row, Field f) {
        String v = row.get(f);
        return v == null || v.isEmpty() ? null : v;
    }

    private int number(Row row, Field f) throws BadRow {
        String v = row.get(f);
        if (v == null) {
            return -1;
        }
        String s = v.trim();
        if (s.isEmpty() || s.equals("-") || s.equalsIgnoreCase("null") || s.equalsIgnoreCase("none")) {
            return -1;
        }
        long n = JsonValues.parseLong(s, Long.MIN_VALUE);
        if (n == Long.MIN_VALUE) {
            throw new BadRow("bad " + f.label().toLowerCase(Locale.ROOT) + " '" + clip(s) + "' in column '"
                    + mapping.column(f) + "': not a whole number");
        }
        if (n < 0) {
            return -1;
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
