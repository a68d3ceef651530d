package dev.retort.dossier.render;

import dev.retort.dossier.model.AccountRow;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.ExchangeRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * accounts.csv and exchanges.csv, safe to open in a spreadsheet: a cell that starts with = + - @, a tab or a carriage
 * return is prefixed with an apostrophe so it is read as text, never as a formula (OWASP "CSV injection").
 */
public final class CsvExport {
    private CsvExport() {}

    public static void writeAccounts(DossierDocument doc, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, "account", "campaign", "score", "created_at", "email", "payment_fingerprint", "country", "org_id",
                    "verified", "first_seen", "last_seen", "exchanges", "ips", "user_agents", "api_keys", "tags");
            for (AccountRow a : doc.accounts()) {
                row(w, a.account(), a.campaign(), a.score() == null ? null : String.format("%.3f", a.score()),
                        a.createdAt(), a.email(), a.paymentFingerprint(), a.country(), a.orgId(),
                        a.verified() == null ? null : a.verified().toString(), a.firstSeen(), a.lastSeen(),
                        Long.toString(a.exchangeCount()), join(a.ips()), join(a.userAgents()), join(a.apiKeys()),
                        join(a.tags()));
            }
        }
    }

    public static void writeExchanges(DossierDocument doc, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, "exchange_id", "timestamp", "account", "campaign", "ip", "user_agent", "api_key", "model",
                    "tokens_in", "tokens_out", "status", "request_id", "prompt", "response", "source_file",
                    "source_line", "tags");
            for (ExchangeRow x : doc.exchanges()) {
                row(w, Long.toString(x.id()), x.timestamp(), x.account(), x.campaign(), x.ip(), x.userAgent(),
                        x.apiKey(), x.model(), str(x.tokensIn()), str(x.tokensOut()), str(x.status()), x.requestId(),
                        x.prompt(), x.response(), x.sourceFile(), Long.toString(x.sourceLine()), join(x.tags()));
            }
        }
    }

    /** A cell as written: neutralised against formulas, then quoted per RFC 4180 when needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static void row(BufferedWriter w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells[i]));
        }
        w.write("\r\n");
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
