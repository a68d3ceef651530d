package dev.retort.importers.accounts;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.CsvRecordReader;
import dev.retort.importers.io.LineReader;
import dev.retort.importers.io.Timestamps;
import dev.retort.store.ingest.AccountRow;
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
    static final Map<String, List<String>> ALIASES = Map.of(
            "account", List.of("account_id", "account", "user_id", "user", "accountid", "id"),
            "created_at", List.of("created_at", "created", "createdat", "signup_at", "signed_up_at", "created_time"),
            "email", List.of("email", "email_address", "mail"),
            "payment_fingerprint", List.of("payment_fingerprint", "card_fingerprint", "payment_method_fingerprint",
                    "payment"),
            "country", List.of("country", "country_code", "billing_country"),
            "org_id", List.of("org_id", "organization_id", "organisation_id", "org", "organization"),
            "verified", List.of("verified", "is_verified", "email_verified", "phone_verified"));

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
        if (map.index("account") < 0) {
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
        if (map.index("account") < 0) {
            sink.quarantine(csv.line(), "header names no account column (expected account_id)", csv.raw());
            return;
        }
        int width = csv.fields().size();
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
            String account = map.get(f, "account");
            if (account == null) {
                sink.quarantine(csv.line(), "no account id", csv.raw());
                continue;
            }
            String created = map.get(f, "created_at");
            long createdMs = -1;
            if (created != null) {
                createdMs = Timestamps.parseMillis(created);
                if (createdMs < 0) {
                    sink.quarantine(csv.line(), "bad timestamp '" + clip(created) + "' in created_at", csv.raw());
                    continue;
                }
            }
            String verifiedText = map.get(f, "verified");
            Boolean verified = null;
            if (verifiedText != null) {
                verified = bool(verifiedText);
                if (verified == null) {
                    sink.quarantine(csv.line(), "bad verified value '" + clip(verifiedText) + "'", csv.raw());
                    continue;
                }
            }
            sink.account(new AccountRow(csv.line(), account, createdMs, map.get(f, "email"),
                    map.get(f, "payment_fingerprint"), map.get(f, "country"), map.get(f, "org_id"), verified));
        }
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
