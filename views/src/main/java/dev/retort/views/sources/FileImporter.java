package dev.retort.views.sources;

import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.importers.ImportSummary;
import dev.retort.importers.mapping.ColumnMapping;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports files into a case. Called off the FX thread; reports bytes read through {@code progress} and stops at its
 * next check once {@link Progress#isCancelled()} is true (the case stays consistent, and importing the same file
 * again resumes it). Tests substitute their own.
 */
@FunctionalInterface
public interface FileImporter {

    /**
     * @param mapping the column mapping to read every file with (CSV/JSONL), or null to detect each file's format
     */
    ImportSummary importFiles(CaseFile caseFile, List<Path> files, ColumnMapping mapping, Progress progress);

    /** The importers' pipeline with the installed formats, the default options, and full-text indexing. */
    static FileImporter standard() {
        return (caseFile, files, mapping, progress) -> {
            ImportService service = new ImportService(caseFile, Formats.installed(), IngestOptions.DEFAULTS);
            String params = mapping == null ? "{}" : "{\"mapping\":" + mapping.toJson() + "}";
            return service.run(new ImportService.Request(files, mapping == null ? null : mapping.format(), params,
                    true), progress);
        };
    }
}
