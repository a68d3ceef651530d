package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.store.CaseFile;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CancelledExportTest {
    @TempDir
    Path tmp;

    /** Cancels once the export has started writing its second format. */
    private static Progress cancelAfterFirstFormat() {
        return new Progress() {
            private int formatsStarted;

            @Override
            public void update(long done, long total, String message) {
                if (message.startsWith("writing ")) {
                    formatsStarted++;
                }
            }

            @Override
            public boolean isCancelled() {
                return formatsStarted >= 2;
            }
        };
    }

    private void cancelExportInto(Path out) throws Exception {
        try (CaseFile c = CaseFile.create(tmp.resolve("c.retort"), "cancel")) {
            SyntheticCase.fill(c, 20, 6, 2, false);
            DossierService.ensureDefault(c);
            assertThrows(CancelledException.class, () -> DossierService.export(c,
                    new ExportRequest(out, RedactionProfile.LEGAL, null, tmp.resolve("home")),
                    cancelAfterFirstFormat()));
        }
    }

    @Test
    void cancelledExportLeavesNoPartialBundleBehind() throws Exception {
        Path out = tmp.resolve("bundle");
        cancelExportInto(out);
        assertFalse(Files.exists(out), "the directory the export created is gone again");
    }

    @Test
    void cancelledExportIntoTheAnalystsEmptyFolderKeepsTheFolderEmpty() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("chosen"));
        cancelExportInto(out);
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "nothing half-written is left in the chosen folder");
        }
    }
}
