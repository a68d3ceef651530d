package dev.retort.importers.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.golden.ListSink;
import dev.retort.store.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {

    @Test
    void builtInMappingCoversEveryColumnOfRetortsCsvHeader() {
        ColumnMapping m = ColumnMapping.retortCsv();
        assertEquals(Field.values().length, m.columns().size());
        assertEquals("account_id", m.column(Field.ACCOUNT));
        assertEquals("tokens_in", m.column(Field.TOKENS_IN));
        assertEquals("latency_ms", m.column(Field.LATENCY_MS));
        assertTrue(m.problems().isEmpty());
    }

    @Test
    void savedMappingLoadsBackEqual(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.empty(ColumnMapping.Layout.CSV).withName("billing")
                .withDelimiter(';').withHeader(false).withTime("dd.MM.yyyy HH:mm", ZoneId.of("Europe/Berlin"))
                .withColumn(Field.TIMESTAMP, "1").withColumn(Field.ACCOUNT, "3");
        Path file = dir.resolve("m.json");
        m.save(file);
        ColumnMapping back = ColumnMapping.load(file);
        assertEquals(m, back);
        assertEquals(';', back.delimiter());
        assertEquals("Europe/Berlin", back.zone().getId());
        assertEquals("3", back.column(Field.ACCOUNT));
    }

    @Test
    void guessMapsCommonColumnNamesAndNestedJsonPaths() {
        ColumnMapping m = ColumnMapping.guess(List.of("Time", "user", "prompt_tokens", "completion_tokens",
                "client_ip", "meta.user_agent"), ColumnMapping.Layout.JSONL);
        assertEquals("Time", m.column(Field.TIMESTAMP));
        assertEquals("user", m.column(Field.ACCOUNT));
        assertEquals("prompt_tokens", m.column(Field.TOKENS_IN));
        assertEquals("completion_tokens", m.column(Field.TOKENS_OUT));
        assertEquals("client_ip", m.column(Field.IP));
        assertEquals("meta.user_agent", m.column(Field.USER_AGENT));
        assertNull(m.column(Field.MODEL));
    }

    @Test
    void mappingWithoutATimeColumnIsNotUsable() {
        ColumnMapping m = ColumnMapping.empty(ColumnMapping.Layout.CSV).withColumn(Field.ACCOUNT, "user");
        assertEquals(List.of("Time is not mapped to a column"), m.problems());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::format);
        assertTrue(e.getMessage().contains("Time is not mapped"), e.getMessage());
    }

    @Test
    void unknownFieldInASavedMappingIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.fromJson(
                "{\"layout\":\"csv\",\"columns\":{\"timestamp\":\"t\",\"acount\":\"u\"}}"));
        assertTrue(e.getMessage().contains("unknown field 'acount'"), e.getMessage());
    }

    @Test
    void badZoneAndBadLayoutAreRefusedWithTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColumnMapping.fromJson(
                "{\"layout\":\"xml\",\"columns\":{}}")).getMessage().contains("'xml'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColumnMapping.fromJson(
                "{\"time\":{\"zone\":\"Mars/Olympus\"},\"columns\":{}}")).getMessage().contains("Mars/Olympus"));
    }

    @Test
    void invalidTimePatternIsAProblem() {
        ColumnMapping m = ColumnMapping.empty(ColumnMapping.Layout.CSV).withColumn(Field.TIMESTAMP, "t")
                .withTime("yyyy-MM-dd {{", ZoneId.of("UTC"));
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).contains("not a valid pattern"));
    }

    @Test
    void mappingBuildsTheImporterForItsLayout() {
        ColumnMapping csv = ColumnMapping.retortCsv();
        assertInstanceOf(MappedCsvFormat.class, csv.format());
        assertInstanceOf(MappedJsonFormat.class, csv.withLayout(ColumnMapping.Layout.JSONL).format());
    }

    @Test
    void explicitMappingRefusesAFileWithoutItsColumns() {
        ColumnMapping m = ColumnMapping.empty(ColumnMapping.Layout.CSV).withColumn(Field.TIMESTAMP, "when")
                .withColumn(Field.ACCOUNT, "who");
        MappingMismatchException e = assertThrows(MappingMismatchException.class, () -> m.format().parse(
                new ByteArrayInputStream("time,user\n2026-04-01T00:00:00Z,a\n".getBytes(StandardCharsets.UTF_8)),
                new ListSink(), Progress.NONE));
        assertTrue(e.getMessage().contains("[when, who]"), e.getMessage());
    }

    @Test
    void explicitMappingRefusesFromTheHeadAFileWithoutItsColumns() {
        ColumnMapping m = ColumnMapping.empty(ColumnMapping.Layout.CSV).withColumn(Field.TIMESTAMP, "when")
                .withColumn(Field.ACCOUNT, "who");
        assertEquals("mapped column(s) [who] not in the header [when, user]",
                m.format().refusal("when,user\n2026-04-01T00:00:00Z,a\n"));
        assertNull(m.format().refusal("\uFEFFWHEN,Who\n"));
        assertNull(new MappedCsvFormat().refusal("a,b\n"), "the guessing CSV format decides while parsing");
    }

    @Test
    void defaultCsvGuessesFromAnotherHeader() throws IOException {
        ListSink sink = new ListSink();
        new MappedCsvFormat().parse(new ByteArrayInputStream(
                "created_at,user,model\n2026-04-01T00:00:00Z,acct-1,gpt-5\n".getBytes(StandardCharsets.UTF_8)),
                sink, Progress.NONE);
        assertEquals(1, sink.exchanges.size());
        assertEquals("acct-1", sink.exchanges.get(0).account());
        assertEquals("gpt-5", sink.exchanges.get(0).model());
    }

    @Test
    void defaultCsvWithNoTimeColumnSaysWhatToDo() {
        MappingMismatchException e = assertThrows(MappingMismatchException.class, () -> new MappedCsvFormat().parse(
                new ByteArrayInputStream("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)), new ListSink(),
                Progress.NONE));
        assertTrue(e.getMessage().contains("--mapping"), e.getMessage());
    }
}
