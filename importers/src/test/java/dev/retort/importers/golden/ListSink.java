package dev.retort.importers.golden;

import dev.retort.importers.RecordSink;
import dev.retort.store.ingest.AccountRow;
import dev.retort.store.ingest.Exchange;
import java.util.ArrayList;
import java.util.List;

/** An in-memory sink that keeps everything a parser sends, capping quarantined raw text like the real sink. */
public final class ListSink implements RecordSink {

    public record Quarantined(long line, String reason, String raw) {
    }

    public static final int RAW_CAP = 64 * 1024;

    public final List<Exchange> exchanges = new ArrayList<>();
    public final List<AccountRow> accounts = new ArrayList<>();
    public final List<Quarantined> quarantined = new ArrayList<>();

    @Override
    public void exchange(Exchange exchange) {
        exchanges.add(exchange);
    }

    @Override
    public void account(AccountRow account) {
        accounts.add(account);
    }

    @Override
    public void quarantine(long line, String reason, String raw) {
        String r = raw == null ? "" : raw;
        quarantined.add(new Quarantined(line, reason, r.length() > RAW_CAP ? r.substring(0, RAW_CAP) : r));
    }

    /** Every line the parser accounted for (exchanges and quarantine), for "nothing silently dropped" checks. */
    public int total() {
        return exchanges.size() + accounts.size() + quarantined.size();
    }
}
