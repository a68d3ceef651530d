package dev.retort.dossier.model;

import java.util.List;

/** The chain-of-custody appendix: every source file, and who exported the dossier with which tool. */
public record Custody(List<SourceFile> sources, String caseCreatedAt, String caseCreatedBy, String toolVersion,
                      String exportedBy, String exportedAt) {
    public Custody {
        sources = List.copyOf(sources);
    }

    public record SourceFile(long id, String fileName, String path, String sha256, long sizeBytes, String format,
                             String importedAt, String importedBy, long rowsImported, long rowsQuarantined) {
    }
}
