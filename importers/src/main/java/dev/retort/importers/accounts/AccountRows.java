package dev.retort.importers.accounts;

import dev.retort.store.ingest.AccountRow;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The rules that turn one row of an account export into an {@link AccountRow}, whatever the row's layout: an account
 * id is required, {@code created_at} must be a time, {@code verified} a yes/no. Blank values are absent.
 */
public final class AccountRows {

    /** The raw text of a field in the current row, or null when the row has no such column. */
    public interface Row {
        String get(AccountField field);
    }

    /** A row that cannot become an account; the message is the quarantine reason. */
    public static final class BadRow extends Exception {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ToLongFunction<String> time;

    /** @param time epoch milliseconds of a {@code created_at} text, or -1 when it is not a time */
    public AccountRows(ToLongFunction<String> time) {
        this.time = time;
    }

    public AccountRow read(long line, Row row) throws BadRow {
        String account = value(row, AccountField.ACCOUNT_ID);
        if (account == null) {
            throw new BadRow("no account id");
        }
        String created = value(row, AccountField.CREATED_AT);
        long createdMs = -1;
        if (created != null) {
            createdMs = time.applyAsLong(created);
            if (createdMs < 0) {
                throw new BadRow("bad timestamp '" + clip(created) + "' in created_at");
            }
        }
        String verifiedText = value(row, AccountField.VERIFIED);
        Boolean verified = null;
        if (verifiedText != null) {
            verified = bool(verifiedText);
            if (verified == null) {
                throw new BadRow("bad verified value '" + clip(verifiedText) + "'");
            }
        }
        return new AccountRow(line, account, createdMs, value(row, AccountField.EMAIL),
                value(row, AccountField.PAYMENT_FINGERPRINT), value(row, AccountField.COUNTRY),
                value(row, AccountField.ORG_ID), verified);
    }

    /** The field stripped; null when the column is absent or the value blank. */
    private static String value(Row row, AccountField f) {
        String v = row.get(f);
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() ? null : s;
    }

    static Boolean bool(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "f", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
