package dev.retort.importers;

import dev.retort.store.ingest.AccountRow;
import dev.retort.store.ingest.Exchange;

/** Where a parser sends what it reads: good records, and bad lines with the reason they were rejected. */
public interface RecordSink {

    void exchange(Exchange exchange);

    void account(AccountRow account);

    /**
     * A line that could not be read. It goes to the case's quarantine; it never stops the import.
     *
     * @param line   1-based line (or record) number in the source
     * @param reason short, specific: "truncated JSON", "bad timestamp 'yesterday'", ...
     * @param raw    the raw text (the sink caps its length)
     */
    void quarantine(long line, String reason, String raw);
}
