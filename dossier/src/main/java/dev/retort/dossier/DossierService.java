package dev.retort.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.analysis.AnalysisResults;
import dev.retort.dossier.assemble.DefaultDossier;
import dev.retort.dossier.assemble.DossierAssembler;
import dev.retort.dossier.bundle.BundleVerifier;
import dev.retort.dossier.bundle.VerifyReport;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.store.CaseFile;
import dev.retort.store.task.Progress;
import dev.retort.store.workbench.DossierSection;
import dev.retort.store.workbench.DossierSections;
import dev.retort.store.workbench.Workbench;
import java.nio.file.Path;
import java.util.List;

/**
 * The dossier's public API for the CLI and the Dossier view (no UI types): the case's sections, the default dossier,
 * assembling, exporting a signed bundle and verifying one. Sections are edited through
 * {@link dev.retort.store.workbench.DossierSections} ("Add to dossier", remove, move).
 */
public final class DossierService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DossierService() {}

    /** The case's dossier sections in order. */
    public static List<DossierSection> sections(CaseFile caseFile) {
        return Workbench.of(caseFile).sections().list();
    }

    /**
     * Builds the default dossier when the case has none yet (summary, each flagged campaign, network, timeline,
     * exemplar exchanges, notes, methodology, custody). Returns true when it did.
     */
    public static boolean ensureDefault(CaseFile caseFile) {
        DossierSections sections = Workbench.of(caseFile).sections();
        if (!sections.isEmpty()) {
            return false;
        }
        DefaultDossier.addTo(sections, AnalysisResults.latest(caseFile));
        return true;
    }

    /** The case's dossier as data, before redaction. */
    public static DossierDocument assemble(CaseFile caseFile, Progress progress) {
        return DossierAssembler.assemble(caseFile, RedactionProfile.LEGAL.name(), progress);
    }

    /** Assembles the case's dossier and exports it. Call {@link #ensureDefault} first for a case with none. */
    public static ExportResult export(CaseFile caseFile, ExportRequest request, Progress progress) {
        DossierDocument doc = assemble(caseFile, progress);
        ExportResult result = export(doc, request, progress);
        ObjectNode detail = JSON.createObjectNode();
        detail.put("profile", request.profile().name());
        detail.put("files", result.files().size());
        detail.put("key", result.keyFingerprint());
        caseFile.audit().record("dossier.export", request.outDir().toString(), detail.toString());
        return result;
    }

    /** Exports an assembled document (a case's, or a synthetic one for benchmarks and tests). */
    public static ExportResult export(DossierDocument doc, ExportRequest request, Progress progress) {
        return Exporter.export(doc, request, progress);
    }

    /** Checks a bundle's signature and files; {@code expectedFingerprint} may be null. */
    public static VerifyReport verify(Path dir, String expectedFingerprint) {
        return BundleVerifier.verify(dir, expectedFingerprint);
    }
}
