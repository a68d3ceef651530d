package dev.retort.importers.io;

/**
 * Parses the timestamps that log exports actually contain, without exceptions on the hot path: ISO-8601 with
 * {@code T} or a space, optional fraction (any digits), {@code Z} or {@code +hh:mm}/{@code +hhmm} offset, and no
 * zone at all (read as UTC); also epoch seconds, milliseconds or nanoseconds as digits.
 */
public final class Timestamps {
    private Timestamps() {}

    /** Epoch milliseconds UTC, or -1 when {@code s} is not a timestamp this reader understands. */
    public static long parseMillis(String s) {
        if (s == null) {
            return -1;
        }
        String t = s.strip();
        int n = t.length();
        if (n == 0) {
            return -1;
        }
        if (allDigits(t)) {
            return epochDigits(t);
        }
        if (n < 19) {
            return n == 10 ? dateOnly(t) : -1;
        }
        int year = num(t, 0, 4);
        int month = num(t, 5, 2);
        int day = num(t, 8, 2);
        int hour = num(t, 11, 2);
        int minute = num(t, 14, 2);
        int second = num(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 60 || t.charAt(4) != '-' || t.charAt(7) != '-'
                || (t.charAt(10) != 'T' && t.charAt(10) != ' ' && t.charAt(10) != 't') || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return -1;
        }
        if (day > daysInMonth(year, month)) {
            return -1;
        }
        int i = 19;
        long millis = 0;
        if (i < n && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
            i++;
            int digits = 0;
            while (i < n && Character.isDigit(t.charAt(i))) {
                if (digits < 3) {
                    millis = millis * 10 + (t.charAt(i) - '0');
                }
                digits++;
                i++;
            }
            if (digits == 0) {
                return -1;
            }
            for (int d = digits; d < 3; d++) {
                millis *= 10;
            }
        }
        long offsetMinutes = 0;
        if (i < n) {
            char z = t.charAt(i);
            if ((z == 'Z' || z == 'z') && i == n - 1) {
                offsetMinutes = 0;
            } else if (z == '+' || z == '-') {
                String off = t.substring(i + 1).replace(":", "");
                if (off.length() != 4 && off.length() != 2 || !allDigits(off)) {
                    return -1;
                }
                int oh = Integer.parseInt(off.substring(0, 2));
                int om = off.length() == 4 ? Integer.parseInt(off.substring(2)) : 0;
                if (oh > 18 || om > 59) {
                    return -1;
                }
                offsetMinutes = (z == '+' ? 1 : -1) * (oh * 60L + om);
            } else {
                return -1;
            }
        }
        long days = daysFromCivil(year, month, day);
        long secs = days * 86400L + hour * 3600L + minute * 60L + Math.min(second, 59) - offsetMinutes * 60L;
        return secs * 1000L + millis;
    }

    private static long dateOnly(String t) {
        int year = num(t, 0, 4);
        int month = num(t, 5, 2);
        int day = num(t, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return -1;
        }
        return daysFromCivil(year, month, day) * 86_400_000L;
    }

    private static long epochDigits(String t) {
        if (t.length() > 19) {
            return -1;
        }
        long v = Long.parseLong(t);
        if (t.length() <= 10) {
            return v * 1000L;          // seconds
        }
        if (t.length() <= 13) {
            return v;                  // milliseconds
        }
        if (t.length() <= 16) {
            return v / 1000L;          // microseconds
        }
        return v / 1_000_000L;         // nanoseconds
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static int num(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 (H. Hinnant's algorithm). */
    private static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
