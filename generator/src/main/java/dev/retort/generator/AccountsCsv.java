package dev.retort.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** {@code accounts.csv}: the provider's account export (no labels; those are in truth.json). */
final class AccountsCsv {

    static final String HEADER = "account_id,created_at,email,payment_fingerprint,country,org_id,verified";

    private AccountsCsv() {
    }

    static void write(Scenario s, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (Account a : s.accounts) {
                sb.setLength(0);
                sb.append(a.id).append(',').append(Instant.ofEpochMilli(a.createdAt)).append(',');
                Text.csv(sb, a.email);
                sb.append(',').append(a.card).append(',').append(a.country).append(',').append(a.orgId).append(',')
                        .append(a.verified).append('\n');
                w.append(sb);
            }
        }
    }
}
