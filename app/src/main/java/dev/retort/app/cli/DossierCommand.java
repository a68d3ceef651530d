package dev.retort.app.cli;

import dev.retort.dossier.DossierService;
import dev.retort.dossier.ExportFormat;
import dev.retort.dossier.ExportRequest;
import dev.retort.dossier.ExportResult;
import dev.retort.dossier.RedactionProfile;
import dev.retort.store.CaseFile;
import dev.retort.store.RetortHome;
import dev.retort.store.task.Progress;
import dev.retort.store.workbench.DossierSection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retort dossier export|show}: export the case's dossier as a signed bundle, or list its sections. */
@Command(name = "dossier", description = "Export the case's evidence dossier as a signed bundle, or list its sections.",
        subcommands = {DossierCommand.Export.class, DossierCommand.Show.class})
final class DossierCommand {

    @Command(name = "export", description = {
            "Write the case's dossier in the chosen formats into DIR (new or empty), with manifest.json listing",
            "every file's SHA-256, signed with your Ed25519 key (created on first use under ~/.retort/keys).",
            "A case without a dossier gets the default one first (summary, campaigns, network, timeline,",
            "exemplar exchanges, notes, methodology, custody)."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--case", required = true, paramLabel = "CASE", description = "the case file")
        Path caseFile;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the bundle directory to write")
        Path out;

        @Option(names = "--profile", paramLabel = "P", defaultValue = "legal", description = {
                "redaction: legal (everything), briefing (e-mails, IPs, keys, cards and prompt text masked),",
                "or custom:emails,ips,keys,payment,prompts (default: ${DEFAULT-VALUE})"})
        String profile;

        @Option(names = "--formats", paramLabel = "LIST", defaultValue = "all", description = {
                "comma-separated: pdf, html, json, csv, stix, gexf, graphml, timesketch, or all",
                "(default: ${DEFAULT-VALUE})"})
        String formats;

        @Option(names = "--quiet", description = "no progress lines on stderr")
        boolean quiet;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            RedactionProfile p = RedactionProfile.parse(profile);
            var chosen = ExportFormat.parse(formats);
            Progress progress = quiet ? Progress.NONE : new StepProgress(spec.commandLine().getErr());
            try (CaseFile c = CaseFile.open(caseFile)) {
                if (DossierService.ensureDefault(c)) {
                    o.printf("The case had no dossier yet: built the default one (%d sections).%n",
                            DossierService.sections(c).size());
                }
                ExportResult r = DossierService.export(c, new ExportRequest(out, p, chosen, RetortHome.dir()),
                        progress);
                if (r.keyGenerated()) {
                    o.printf("Created your signing key in %s%n", RetortHome.dir().resolve("keys"));
                }
                o.printf("Exported %d files to %s in %.1f s (profile %s):%n", r.files().size(), r.dir(),
                        r.durationMillis() / 1000.0, p.name());
                r.files().forEach(f -> o.printf("  %s%n", f));
                o.printf("  manifest.json, manifest.sig (signed by %s)%n", r.keyFingerprint());
                o.printf("Check it with: retort verify %s --key %s%n", r.dir(), r.keyFingerprint());
            }
            o.flush();
            return 0;
        }
    }

    @Command(name = "show", description = "List the sections of the case's dossier, in order.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--case", required = true, paramLabel = "CASE", description = "the case file")
        Path caseFile;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            try (CaseFile c = CaseFile.open(caseFile)) {
                List<DossierSection> sections = DossierService.sections(c);
                if (sections.isEmpty()) {
                    o.println("The case has no dossier yet; 'retort dossier export' will build the default one.");
                }
                for (DossierSection s : sections) {
                    o.printf("%2d. %-12s %s%s%n", s.position() + 1, s.kind().key(), s.title(),
                            s.target() == null ? "" : "  [" + s.target().kind().key() + " " + s.target().key() + "]");
                }
            }
            o.flush();
            return 0;
        }
    }
}
