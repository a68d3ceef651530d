package dev.retort.importers.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.golden.ListSink;
import dev.retort.importers.io.LineReader;
import dev.retort.store.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccountExportMalformedTest {

    private static final String HEADER = "account_id,created_at,email,payment_fingerprint,country,org_id,verified\n";
    private static final String GOOD = "acct-1,2026-01-01T00:00:00Z,a@example.com,card_1,US,,true\n";

    private static ListSink run(InputStream in) throws IOException {
        ListSink sink = new ListSink();
        new AccountExportFormat().parse(in, sink, Progress.NONE);
        return sink;
    }

    private static ListSink run(String text) throws IOException {
        return run(bytes(text));
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFileGivesNothing() throws IOException {
        assertEquals(0, run("").total());
    }

    @Test
    void truncatedRowAndUnterminatedQuoteAreQuarantinedAndTheGoodRowKept() throws IOException {
        ListSink sink = run(HEADER + "acct-2,2026-01-01T00:00:00Z,b@ex\n" + GOOD + "acct-3,\"2026-01-01");
        assertEquals(1, sink.accounts.size());
        assertEquals(2, sink.quarantined.size(), () -> "" + sink.quarantined);
        assertEquals(2, sink.quarantined.get(0).line());
    }

    @Test
    void wrongTypesAndBadTimestampsAreQuarantinedWithReasons() throws IOException {
        ListSink sink = run(HEADER + "acct-2,yesterday,b@example.com,card,US,,true\n"
                + "acct-3,2026-01-01T00:00:00Z,c@example.com,card,US,,perhaps\n" + GOOD);
        assertEquals(1, sink.accounts.size());
        assertEquals(2, sink.quarantined.size());
        assertTrue(sink.quarantined.get(0).reason().contains("timestamp"));
        assertTrue(sink.quarantined.get(1).reason().contains("verified"));
    }

    @Test
    void binaryGarbageNeverStopsTheImportOrBecomesAccountsWithoutReason() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(3).nextBytes(garbage);
        ListSink sink = run(new SequenceInputStream(Collections.enumeration(List.of(bytes(HEADER),
                new ByteArrayInputStream(garbage), bytes("\n" + GOOD)))));
        assertTrue(sink.accounts.stream().anyMatch(a -> a.account().equals("acct-1")));
        assertTrue(sink.quarantined.size() > 0);
    }

    @Test
    void fiftyMegabyteLineIsQuarantinedAndSkipped() throws IOException {
        long size = 50L * 1024 * 1024;
        InputStream huge = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        ListSink sink = run(new SequenceInputStream(Collections.enumeration(List.of(bytes(HEADER + GOOD), huge,
                bytes("\n" + GOOD)))));
        assertEquals(2, sink.accounts.size());
        assertEquals(1, sink.quarantined.size());
        assertTrue(sink.quarantined.get(0).reason().contains("longer than " + LineReader.DEFAULT_MAX_LINE_BYTES));
        assertTrue(sink.quarantined.get(0).raw().length() <= 4096);
    }

    @Test
    void headerWithoutAnAccountColumnIsReportedNotGuessed() throws IOException {
        ListSink sink = run("email,country\na@example.com,US\n");
        assertEquals(0, sink.accounts.size());
        assertEquals(1, sink.quarantined.size());
        assertTrue(sink.quarantined.get(0).reason().contains("account"));
    }
}
