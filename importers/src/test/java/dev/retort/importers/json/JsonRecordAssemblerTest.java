package dev.retort.importers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordAssemblerTest {

    private final List<String> out = new ArrayList<>();
    private final JsonRecordAssembler asm = new JsonRecordAssembler(new JsonRecordAssembler.Listener() {
        @Override
        public void record(long firstLine, String json) {
            out.add(firstLine + ":" + json.replace("\n", "|"));
        }

        @Override
        public void broken(long firstLine, String reason, String raw) {
            out.add(firstLine + ":BROKEN " + reason);
        }
    }, 100);

    private void feed(String... lines) {
        for (int i = 0; i < lines.length; i++) {
            asm.line(i + 1, lines[i]);
        }
        asm.finish();
    }

    @Test
    void jsonLinesAreOneRecordEach() {
        feed("{\"a\":1}", "", "{\"b\":\"}{\"}");
        assertEquals(List.of("1:{\"a\":1}", "3:{\"b\":\"}{\"}"), out);
    }

    @Test
    void prettyPrintedRecordsSpanLinesAndKeepTheirFirstLine() {
        feed("{", "  \"a\": [", "    1", "  ]", "}", "{", "  \"b\": \"x{\"", "}");
        assertEquals(List.of("1:{|  \"a\": [|    1|  ]|}", "6:{|  \"b\": \"x{\"|}"), out);
    }

    @Test
    void truncatedLineIsBrokenAndTheNextRecordSurvives() {
        feed("{\"a\":{\"b\":\"cut", "{\"c\":2}");
        assertEquals(List.of("1:BROKEN truncated JSON: record not closed before line 2", "2:{\"c\":2}"), out);
    }

    @Test
    void recordOpenAtEndOfFileIsBroken() {
        feed("{\"a\":1}", "{", "  \"b\": 2");
        assertEquals(List.of("1:{\"a\":1}", "2:BROKEN truncated JSON: end of file inside a record"), out);
    }

    @Test
    void overlongRecordIsBrokenWithoutKeepingIt() {
        feed("{", "  \"a\": \"" + "x".repeat(120) + "\"", "}", "{\"ok\":1}");
        assertEquals(List.of("1:BROKEN record longer than 100 characters", "4:{\"ok\":1}"), out);
    }

    @Test
    void wholeObjectCheckOnBytes() {
        assertTrue(JsonRecordFormat.isWholeObject(bytes(" {\"a\":\"}\\\"{\"} "), 14));
        assertFalse(JsonRecordFormat.isWholeObject(bytes("{\"a\":1"), 6));
        assertFalse(JsonRecordFormat.isWholeObject(bytes("{} {}"), 5));
        assertFalse(JsonRecordFormat.isWholeObject(bytes("[1]"), 3));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
