package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aNewDirectoryIsCreatedAndMarked() throws Exception {
        DemoLayout layout = new DemoLayout(dir.resolve("a").resolve("demo"));

        DemoDirectory.prepare(layout);

        assertTrue(Files.isRegularFile(layout.dir().resolve(DemoDirectory.MARK)));
    }

    @Test
    void aPreviousDemoRunIsClearedButOtherFilesStay() throws Exception {
        DemoLayout layout = new DemoLayout(dir);
        DemoDirectory.prepare(layout);
        Files.createDirectories(layout.data().resolve("nested"));
        Files.writeString(layout.data().resolve("nested").resolve("litellm-2026-04-20.jsonl"), "{}\n");
        Files.createDirectories(layout.export());
        Files.writeString(layout.export().resolve("dossier.pdf"), "%PDF");
        Files.writeString(layout.caseFile(), "old case");
        Files.writeString(dir.resolve("demo.retort-wal"), "old wal");
        Files.writeString(dir.resolve("notes.txt"), "the analyst's own note");

        DemoDirectory.prepare(layout);

        assertFalse(Files.exists(layout.data()));
        assertFalse(Files.exists(layout.export()));
        assertFalse(Files.exists(layout.caseFile()));
        assertFalse(Files.exists(dir.resolve("demo.retort-wal")));
        assertEquals("the analyst's own note", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void aNonEmptyDirectoryWithoutTheMarkIsRefusedUntouched() throws Exception {
        Files.writeString(dir.resolve("demo.retort"), "someone's real case");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoDirectory.prepare(new DemoLayout(dir)));

        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("someone's real case", Files.readString(dir.resolve("demo.retort")));
        assertFalse(Files.exists(dir.resolve(DemoDirectory.MARK)));
    }
}
