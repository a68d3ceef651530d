package dev.retort.views.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.mapping.ColumnMapping;
import dev.retort.importers.mapping.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingViewModelTest {

    @TempDir
    Path dir;

    @Test
    void guessesWhatItCanAndImportsOnlyOnceTheTimeIsMapped() throws Exception {
        Path csv = dir.resolve("vendor.csv");
        Files.writeString(csv, "when;who;question\n2026-04-02T10:00:00Z;acct-1;Explain step by step\n"
                .replace(';', ','));
        ColumnMappingViewModel model = new ColumnMappingViewModel(MappingSample.read(csv, ',', true), null);

        assertEquals(ColumnMapping.Layout.CSV, model.sample().layout());
        assertFalse(model.usable(), "no column is called like a time");
        assertTrue(model.problems().get(0).contains("Time"));

        model.map(Field.TIMESTAMP, "when");
        model.map(Field.ACCOUNT, "who");
        model.map(Field.PROMPT, "question");

        assertTrue(model.usable());
        assertEquals("acct-1", model.lines().stream().filter(l -> l.field() == Field.ACCOUNT).findFirst()
                .orElseThrow().example());
        assertEquals("when", model.mapping().column(Field.TIMESTAMP));
    }

    @Test
    void jsonLinesAreFlattenedToDottedPaths() throws Exception {
        Path jsonl = dir.resolve("vendor.jsonl");
        Files.writeString(jsonl, "{\"ts\":\"2026-04-02T10:00:00Z\",\"meta\":{\"user\":\"acct-9\"}}\n");
        ColumnMappingViewModel model = new ColumnMappingViewModel(MappingSample.read(jsonl, ',', true), null);

        assertEquals(ColumnMapping.Layout.JSONL, model.sample().layout());
        assertTrue(model.columnChoices().contains("meta.user"));
        assertEquals("meta.user", model.mapping().column(Field.ACCOUNT), "guessed from the leaf name");
        assertTrue(model.usable());
    }

    @Test
    void aBadTimePatternOrZoneIsAProblemUntilFixed() throws Exception {
        Path csv = dir.resolve("times.csv");
        Files.writeString(csv, "timestamp,account_id\n02/04/2026 10:00,acct-1\n");
        ColumnMappingViewModel model = new ColumnMappingViewModel(MappingSample.read(csv, ',', true), null);
        assertTrue(model.usable());

        model.time("dd/MM/yyyy HH:mm", "Mars/Olympus");
        assertFalse(model.usable());
        model.time("dd/MM/yyyy HH:mm", "Europe/Paris");
        assertTrue(model.usable());
        assertEquals("dd/MM/yyyy HH:mm", model.mapping().timeFormat());
        assertEquals("Europe/Paris", model.mapping().zone().getId());
    }
}
