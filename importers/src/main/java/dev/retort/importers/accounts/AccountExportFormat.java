package dev.retort.importers.accounts;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.CsvRecordReader;
import dev.retort.importers.io.LineReader;
import dev.retort.importers.io.Timestamps;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An account export as CSV: {@code account_id, created_at, email, payment_fingerprint, country, org_id, verified}
 * (common other names for each column are understood too). Accounts are merged with those first seen in logs.
 */
public final class AccountExportFormat implements LogFormat {

    /** Column roles and the header names that fill them, first match wins. */
    static final Map<AccountField, List<String>> ALIASES = Map.of(
            AccountField.ACCOUNT_ID, List.of("account_id", "account", "user_id", "user", "accountid", "id"),
            AccountField.CREATED_AT, List.of("created_at", "created", "createdat", "signup_at", "signed_up_at", "created_time"),
            AccountField.EMAIL, List.of("email", "email_address", "mail"),
            AccountField.PAYMENT_FINGERPRINT, List.of("payment_fingerprint", "card_fingerprint", "payment_method_fingerprint",
                    "payment"),
            AccountField.COUNTRY, List.of("country", "country_code", "billing_country"),
            AccountField.ORG_ID, List.of("org_id", "organization_id", "organisation_id", "org", "organization"),
            AccountField.VERIFIED, List.of("verified", "is_verified", "email_verified", "phone_verified"));

    private static final List<String> LOG_COLUMNS = List.of("request_id", "timestamp", "starttime", "model",
            "tokens_in", "prompt");

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String description() {
        return "account export (CSV: account_id, created_at, email, payment_fingerprint, country, org_id, verified)";
    }

    @Override
    public double sniff(String head) {
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        int nl = h.indexOf('\n');
        String header = (nl < 0 ? h : h.substring(0, nl)).strip().toLowerCase(Locale.ROOT);
        if (header.startsWith("{") || header.startsWith("[")) {
            return 0;
        }
        List<String> names = List.of(header.split(","));
        ColumnMap map = ColumnMap.of(names);
        for (String n : names) {
            if (LOG_COLUMNS.contains(n.strip().replace("\"", ""))) {
                return 0;
            }
        }
        if (map.index(AccountField.ACCOUNT_ID) < 0) {
            return 0;
        }
        return map.known() >= 3 ? 0.8 : 0;
    }

    @Override
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        CsvRecordReader csv = new CsvRecordReader(new LineReader(in));
        if (!csv.next()) {
            return;
        }
        ColumnMap map = ColumnMap.of(csv.fields());
        if (map.index(AccountField.ACCOUNT_ID) < 0) {
            sink.quarantine(csv.line(), "header names no account column (expected account_id)", csv.raw());
            return;
        }
        int width = csv.fields().size();
        AccountRows rows = new AccountRows(Timestamps::parseMillis);
        long n = 0;
        while (csv.next()) {
            if ((++n & 1023) == 0 && progress.isCancelled()) {
                throw new CancelledException("import");
            }
            if (csv.problem() != null) {
                sink.quarantine(csv.line(), csv.problem(), csv.raw());
                continue;
            }
            List<String> f = csv.fields();
            if (f.size() != width) {
                sink.quarantine(csv.line(), "expected " + width + " fields, found " + f.size(), csv.raw());
                continue;
            }
            try {
                sink.account(rows.read(csv.line(), field -> map.get(f, field)));
            } catch (AccountRows.BadRow e) {
                sink.quarantine(csv.line(), e.getMessage(), csv.raw());
            }
        }
    }
}
