package dev.retort.importers.malformed;

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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every importer against the input that breaks parsers: an empty file, truncated records, wrong types, bad
 * timestamps, binary garbage and a 50 MB line. None may throw, hang or drop a line silently; a good record after
 * the damage must still be imported.
 */
class MalformedInputTest {

    static List<Hazards> importers() {
        return Hazards.all();
    }

    private static ListSink run(Hazards h, InputStream in) throws IOException {
        ListSink sink = new ListSink();
        h.format().get().parse(in, sink, Progress.NONE);
        return sink;
    }

    private static ListSink run(Hazards h, String text) throws IOException {
        return run(h, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean goodImported(ListSink sink) {
        return sink.exchanges.stream().anyMatch(e -> Hazards.ACCOUNT.equals(e.account()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void emptyFileGivesNothingAndNoError(Hazards h) throws IOException {
        ListSink sink = run(h, "");
        assertEquals(0, sink.total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void goodRecordAloneIsImported(Hazards h) throws IOException {
        ListSink sink = run(h, h.prefix() + h.good() + "\n");
        assertEquals(1, sink.exchanges.size(), () -> "quarantined: " + sink.quarantined);
        assertTrue(goodImported(sink));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void truncatedRecordIsQuarantinedAndTheNextOneKept(Hazards h) throws IOException {
        String cut = h.good().substring(0, h.good().length() / 2);
        ListSink sink = run(h, h.prefix() + cut + "\n" + h.good() + "\n");
        assertEquals(1, sink.exchanges.size(), () -> "exchanges: " + sink.exchanges);
        assertTrue(goodImported(sink));
        assertEquals(1, sink.quarantined.size(), () -> "quarantined: " + sink.quarantined);
        assertEquals(h.prefix().isEmpty() ? 1 : 2, sink.quarantined.get(0).line());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void truncatedLastRecordIsQuarantined(Hazards h) throws IOException {
        // Two thirds of a record: a CSV row cut inside its last text field would still look whole, so cut deeper.
        String cut = h.good().substring(0, h.good().length() * 2 / 3);
        ListSink sink = run(h, h.prefix() + h.good() + "\n" + cut);
        assertEquals(1, sink.exchanges.size());
        assertEquals(1, sink.quarantined.size(), () -> "quarantined: " + sink.quarantined);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void wrongTypesGiveExactlyOneOutcomePerRecord(Hazards h) throws IOException {
        StringBuilder in = new StringBuilder(h.prefix());
        for (String bad : h.wrongTypes()) {
            in.append(bad).append('\n');
        }
        in.append(h.good()).append('\n');
        ListSink sink = run(h, in.toString());
        assertEquals(h.wrongTypes().size() + 1, sink.total(),
                () -> "exchanges " + sink.exchanges + "\nquarantined " + sink.quarantined);
        assertTrue(goodImported(sink));
        assertTrue(sink.quarantined.stream().allMatch(q -> q.reason() != null && !q.reason().isBlank()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void badTimestampIsQuarantinedWithItsReason(Hazards h) throws IOException {
        ListSink sink = run(h, h.prefix() + h.badTime() + "\n" + h.good() + "\n");
        assertEquals(1, sink.exchanges.size());
        assertEquals(1, sink.quarantined.size(), () -> "quarantined: " + sink.quarantined);
        String reason = sink.quarantined.get(0).reason().toLowerCase(Locale.ROOT);
        assertTrue(reason.contains("time"), reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void binaryGarbageNeverStopsTheImport(Hazards h) throws IOException {
        byte[] garbage = new byte[256 * 1024];
        new Random(42).nextBytes(garbage);
        InputStream in = concat(bytes(h.prefix()), new ByteArrayInputStream(garbage), bytes("\n" + h.good() + "\n"));
        ListSink sink = run(h, in);
        assertTrue(goodImported(sink), () -> "exchanges " + sink.exchanges.size() + ", quarantined "
                + sink.quarantined.size());
        assertTrue(sink.quarantined.size() > 0);
        assertTrue(sink.exchanges.stream().filter(e -> !Hazards.ACCOUNT.equals(e.account())).count() == 0,
                "garbage must not turn into exchanges");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void fiftyMegabyteLineIsQuarantinedAndSkipped(Hazards h) throws IOException {
        long size = 50L * 1024 * 1024;
        String start = h.json() ? "{\"x\":\"" : "";
        InputStream huge = new RepeatingStream(start, 'a', size);
        InputStream in = concat(bytes(h.prefix() + h.good() + "\n"), huge, bytes("\n" + h.good() + "\n"));
        ListSink sink = run(h, in);
        assertEquals(2, sink.exchanges.size(), () -> "quarantined: " + sink.quarantined);
        assertEquals(1, sink.quarantined.size(), () -> "quarantined: " + sink.quarantined);
        ListSink.Quarantined q = sink.quarantined.get(0);
        assertTrue(q.reason().contains("longer than " + LineReader.DEFAULT_MAX_LINE_BYTES), q.reason());
        assertTrue(q.raw().length() <= 64 * 1024, "raw text is capped");
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(parts)));
    }

    /** {@code prefix} then {@code length} copies of one byte, generated on the fly. */
    private static final class RepeatingStream extends InputStream {
        private final byte[] prefix;
        private final byte fill;
        private final long length;
        private long pos;

        RepeatingStream(String prefix, char fill, long length) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.fill = (byte) fill;
            this.length = length;
        }

        @Override
        public int read() {
            if (pos >= length) {
                return -1;
            }
            byte b = pos < prefix.length ? prefix[(int) pos] : fill;
            pos++;
            return b & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - pos);
            for (int i = 0; i < n; i++) {
                b[off + i] = pos + i < prefix.length ? prefix[(int) (pos + i)] : fill;
            }
            pos += n;
            return n;
        }
    }
}
