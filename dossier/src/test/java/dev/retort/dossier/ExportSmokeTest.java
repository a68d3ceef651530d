package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void exportWritesEveryFormat() throws Exception {
        ExportFixture f = ExportFixture.export(tmp, RedactionProfile.LEGAL);
        for (ExportFormat fmt : ExportFormat.values()) {
            for (String file : fmt.files()) {
                assertTrue(Files.size(f.out.resolve(file)) > 0, file);
            }
        }
        System.out.println("export took " + f.result.durationMillis() + " ms into " + f.out);
        String keep = System.getenv("DOSSIER_KEEP");
        if (keep != null) {
            Path k = Path.of(keep);
            Files.createDirectories(k);
            for (String file : Files.list(f.out).map(p -> p.getFileName().toString()).toList()) {
                Files.copy(f.out.resolve(file), k.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            PdfPages.render(k.resolve("dossier.pdf"), k, 60f, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
    }
}
