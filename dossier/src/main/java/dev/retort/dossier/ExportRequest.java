package dev.retort.dossier;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how to export: an output directory (new or empty), a redaction profile, the formats, and the Retort
 * home holding the analyst's signing key.
 */
public record ExportRequest(Path outDir, RedactionProfile profile, Set<ExportFormat> formats, Path retortHome) {
    public ExportRequest {
        Objects.requireNonNull(outDir, "outDir");
        profile = profile == null ? RedactionProfile.LEGAL : profile;
        formats = formats == null || formats.isEmpty() ? EnumSet.allOf(ExportFormat.class) : EnumSet.copyOf(formats);
        Objects.requireNonNull(retortHome, "retortHome");
    }
}
