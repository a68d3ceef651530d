package dev.retort.importers.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanTimesTest {

    @ParameterizedTest
    @CsvSource({
            "1775030400123000000, 1775030400123000000",
            "1775030400123000, 1775030400123000000",
            "1775030400123, 1775030400123000000",
            "1775030400, 1775030400000000000",
            "2026-04-01T08:00:00.123Z, 1775030400123000000",
            "99999999999999999, -1",
            "9999999999999, -1",
            "0, -1",
            "-5, -1",
            "soon, -1",
    })
    void startTimesInAnyUnitOrRefused(String text, long expectedNanos) {
        assertEquals(expectedNanos, SpanMapper.nanos(TextNode.valueOf(text)));
    }

    @ParameterizedTest
    @CsvSource({"1775030400123000000, 1775030400123000000", "1775030400, 1775030400000000000"})
    void numbersWorkLikeStrings(long value, long expectedNanos) {
        assertEquals(expectedNanos, SpanMapper.nanos(JsonNodeFactory.instance.numberNode(value)));
    }
}
