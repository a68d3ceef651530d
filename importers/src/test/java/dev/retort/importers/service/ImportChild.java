package dev.retort.importers.service;

import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.nio.file.Path;
import java.util.List;

/** The child process of {@link ImportCrashTest}: imports a directory into a case with small chunks. */
public final class ImportChild {
    private ImportChild() {}

    public static void main(String[] args) {
        Path casePath = Path.of(args[0]);
        try (CaseFile c = CaseFile.open(casePath)) {
            System.out.println("started");
            System.out.flush();
            IngestOptions options = IngestOptions.DEFAULTS.withChunkRows(Integer.parseInt(args[2]))
                    .withExclusive(Boolean.parseBoolean(args[3]));
            new ImportService(c, Formats.installed(), options)
                    .run(new ImportService.Request(List.of(Path.of(args[1])), null, "{}", true), Progress.NONE);
        }
        System.out.println("done");
    }
}
