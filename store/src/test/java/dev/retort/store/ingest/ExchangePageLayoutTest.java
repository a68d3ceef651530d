package dev.retort.store.ingest;

import static dev.retort.store.ingest.IngestSessionTest.T0;
import static dev.retort.store.ingest.IngestSessionTest.ex;
import static dev.retort.store.ingest.IngestSessionTest.scalar;
import static dev.retort.store.ingest.IngestSessionTest.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a bulk load puts the exchanges table's pages in the case file (ADR 0077). */
class ExchangePageLayoutTest {

    @TempDir
    Path dir;

    @Test
    void exchangesLieInLongRunsOfPagesBetweenTheirTexts() throws SQLException {
        // Building the indexes scans the exchanges table; when the case is bigger than the page cache, a table
        // scattered in short runs between the texts' pages makes that scan read most of the file (ADR 0077).
        int n = 100_000;
        String padding = "write out your reasoning step by step before you answer. ".repeat(10);
        try (CaseFile c = CaseFile.create(dir.resolve("c.retort"), "test")) {
            try (IngestSession s = IngestSession.open(c, IngestOptions.DEFAULTS.withExclusive(true))) {
                s.beginSource(source("long.jsonl"), () -> "sha-long");
                for (int i = 1; i <= n; i++) {
                    s.exchange(ex(i, T0 + i * 1000L, "r" + i, "acct" + i % 50, "10.0.0." + i % 7, "m1", i, i,
                            padding + i), i);
                }
                s.finishSource(n, false, "sha-long");
                s.finish();
            }
            long pages = scalar(c, "SELECT count(*) FROM dbstat WHERE name = 'exchanges'");
            long runs = scalar(c, """
                    SELECT count(DISTINCT run) FROM (SELECT pageno - row_number() OVER (ORDER BY pageno) AS run
                                                     FROM dbstat WHERE name = 'exchanges')""");
            long textPages = scalar(c, "SELECT count(*) FROM dbstat WHERE name = 'exchange_texts'");
            assertTrue(textPages > 5 * pages, "texts should outweigh the exchanges: " + textPages + " / " + pages);
            assertTrue(runs * 100 <= pages, pages + " pages of exchanges lie in " + runs + " runs");
        }
    }
}
