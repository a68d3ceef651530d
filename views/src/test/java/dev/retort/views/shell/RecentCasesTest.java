package dev.retort.views.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentCasesTest {

    @TempDir
    Path dir;

    @Test
    void touchedCaseMovesToTheTopWithoutDuplicates() {
        RecentCases recent = new RecentCases(dir.resolve("recent.txt"));
        Path a = dir.resolve("a.retort").toAbsolutePath();
        Path b = dir.resolve("b.retort").toAbsolutePath();
        recent.touch(a);
        recent.touch(b);
        recent.touch(a);
        assertEquals(List.of(a, b), new RecentCases(dir.resolve("recent.txt")).list());
    }

    @Test
    void listIsCappedAtTen() {
        RecentCases recent = new RecentCases(dir.resolve("recent.txt"));
        for (int i = 0; i < 15; i++) {
            recent.touch(dir.resolve("c" + i + ".retort"));
        }
        assertEquals(RecentCases.MAX, recent.list().size());
        assertEquals(dir.resolve("c14.retort").toAbsolutePath(), recent.list().get(0));
    }

    @Test
    void unreadableListStartsEmpty() throws Exception {
        Path file = dir.resolve("recent.txt");
        Files.createDirectories(file); // a directory where the file should be
        assertEquals(List.of(), new RecentCases(file).list());
    }
}
