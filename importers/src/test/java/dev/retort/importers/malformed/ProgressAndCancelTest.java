package dev.retort.importers.malformed;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.golden.ListSink;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each importer reports how many bytes it has read, and stops soon after the user cancels. */
class ProgressAndCancelTest {

    private static final int RECORDS = 20_000;

    /** The OTLP, AWS, nginx and mapped importers, which report byte progress themselves. */
    private static final List<String> SELF_REPORTING =
            List.of("otlp", "bedrock", "cloudtrail", "nginx", "csv", "jsonl");

    static List<Hazards> importers() {
        return Hazards.all().stream().filter(h -> SELF_REPORTING.contains(h.name())).toList();
    }

    private static byte[] file(Hazards h) {
        StringBuilder sb = new StringBuilder(h.prefix());
        for (int i = 0; i < RECORDS; i++) {
            sb.append(h.good()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void progressReportsGrowingByteCountsUpToTheFileSize(Hazards h) throws IOException {
        byte[] data = file(h);
        List<Long> reports = new ArrayList<>();
        Progress p = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                reports.add(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        h.format().get().parse(new ByteArrayInputStream(data), new ListSink(), p);
        assertTrue(reports.size() >= 3, "reports: " + reports.size());
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i) >= reports.get(i - 1), "byte counts never go back");
        }
        assertTrue(reports.get(reports.size() - 1) == data.length, "the last report is the whole file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importers")
    void cancelStopsTheParserEarly(Hazards h) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress p = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                cancelled.set(true); // the user presses Cancel as soon as the first report arrives
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        ListSink sink = new ListSink();
        assertThrows(CancelledException.class,
                () -> h.format().get().parse(new ByteArrayInputStream(file(h)), sink, p));
        assertTrue(sink.exchanges.size() < RECORDS / 2, "stopped after " + sink.exchanges.size() + " records");
    }
}
