package dev.retort.importers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.golden.ListSink;
import dev.retort.store.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class JsonRecordFormatTest {

    private final List<String> records = new ArrayList<>();

    private final JsonRecordFormat format = new JsonRecordFormat() {
        @Override
        protected void record(long line, JsonNode node, Supplier<String> raw, RecordSink sink) {
            records.add(line + ":" + node);
        }

        @Override
        public String id() {
            return "test";
        }

        @Override
        public String description() {
            return "test records";
        }

        @Override
        public double sniff(String head) {
            return 0;
        }
    };

    private ListSink parse(String text) throws IOException {
        ListSink sink = new ListSink();
        format.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sink, Progress.NONE);
        return sink;
    }

    @Test
    void textAfterARecordIsDamageNotARecord() throws IOException {
        ListSink sink = parse("{\"a\":1} trailing\n{\"b\":2}}\n{\"c\":3}\n");
        assertEquals(List.of("3:{\"c\":3}"), records);
        assertEquals(2, sink.quarantined.size());
        assertEquals(1, sink.quarantined.get(0).line());
    }

    @Test
    void arraysAndScalarsAreNotRecords() throws IOException {
        ListSink sink = parse("[1,2]\n42\n\"x\"\n");
        assertEquals(List.of(), records);
        assertEquals(3, sink.quarantined.size());
    }

    @Test
    void nestingBeyondTheLimitIsQuarantinedNotAStackOverflow() throws IOException {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        ListSink sink = parse(deep + "\n{\"ok\":true}\n");
        assertEquals(List.of("2:{\"ok\":true}"), records);
        assertEquals(1, sink.quarantined.size());
    }

    @Test
    void crlfLineEndingsAndBlankLinesAreFine() throws IOException {
        ListSink sink = parse("{\"a\":1}\r\n\r\n   \r\n{\"b\":2}\r\n");
        assertEquals(List.of("1:{\"a\":1}", "4:{\"b\":2}"), records);
        assertEquals(0, sink.quarantined.size());
    }
}
