package dev.retort.app.cli;

import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.Analyzer;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Evaluation;
import dev.retort.dossier.DossierService;
import dev.retort.dossier.ExportRequest;
import dev.retort.dossier.ExportResult;
import dev.retort.dossier.RedactionProfile;
import dev.retort.generator.GenerationResult;
import dev.retort.generator.GeneratorOptions;
import dev.retort.generator.Presets;
import dev.retort.generator.ScenarioGenerator;
import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.importers.ImportSummary;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import dev.retort.store.RetortHome;
import dev.retort.store.workbench.DossierSection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code retort demo}: the headless main job end to end on built-in data - generate the {@code demo} preset,
 * import it into a new case, analyze it, build the default dossier and export the bundle - printing what each
 * step did and where each result is (ADR 0072).
 */
@Command(name = "demo",
        description = "The main job end to end on built-in data: generate the 'demo' scenario (two weeks, ~350 "
                + "accounts, three hidden campaigns), import it into a new case, analyze it, build the default "
                + "dossier and export the signed bundle. Everything goes into one directory (default "
                + "~/.retort/demo), rewritten on each run.")
final class DemoCommand implements Callable<Integer> {
    static final String PRESET = "demo";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "where to put the data, the case and the bundle (default: ~/.retort/demo)")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "the generator's seed (default: ${DEFAULT-VALUE})")
    long seed = GeneratorOptions.defaults().seed();

    @Option(names = "--scale", paramLabel = "X",
            description = "shrink or grow the scenario (default: ${DEFAULT-VALUE}; 0.1 for a quick run)")
    double scale = 1.0;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;


    @Override
    public Integer call() throws IOException {
        DemoLayout layout = out != null ? new DemoLayout(out.toAbsolutePath()) : DemoLayout.standard();
        PrintWriter o = spec.commandLine().getOut();
        Progress progress = quiet ? Progress.NONE : new StepProgress(spec.commandLine().getErr());
        long started = System.nanoTime();
        o.printf("retort demo: preset '%s', seed %d, scale %s, into %s%n", PRESET, seed, scale, layout.dir());
        o.flush();
        DemoDirectory.prepare(layout);

        GenerationResult generated = generate(layout, o);
        try (CaseFile c = CaseFile.create(layout.caseFile(), "Demo: three hidden campaigns (seed " + seed + ")")) {
            importData(c, layout, progress, o);
            analyze(c, layout, progress, o);
            buildDossier(c, o);
            export(c, layout, progress, o);
        }
        o.printf("%ndone in %.0f s. Where things are:%n", (System.nanoTime() - started) / 1e9);
        o.printf("  generated logs   %s (%d day files)%n", layout.data(), generated.files().size());
        o.printf("  ground truth     %s%n", layout.data().resolve("truth.json"));
        o.printf("  case file        %s%n", layout.caseFile());
        o.printf("  dossier bundle   %s%n", layout.export());
        o.printf("Next: 'retort open %s' (or just 'retort' for the standard demo) to investigate in the window.%n",
                layout.caseFile());
        o.flush();
        return 0;
    }

    private GenerationResult generate(DemoLayout layout, PrintWriter o) throws IOException {
        GeneratorOptions options = GeneratorOptions.defaults().withSeed(seed).withScale(scale)
                .withThreads(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        GenerationResult g = ScenarioGenerator.generate(Presets.byName(PRESET), options, layout.data(),
                StepProgress.forGenerator(quiet ? Progress.NONE : new StepProgress(spec.commandLine().getErr())));
        o.printf("[1/5] generate  %,d accounts, %,d exchanges in %d %s day files, %.1f MB (%.1f s)%n",
                g.accounts(), g.exchanges(), g.files().size(), options.format().name().toLowerCase(),
                g.bytes() / 1e6, g.elapsed().toMillis() / 1000.0);
        o.flush();
        return g;
    }

    private static void importData(CaseFile c, DemoLayout layout, Progress progress, PrintWriter o) {
        ImportSummary s = new ImportService(c, Formats.installed(), IngestOptions.DEFAULTS.withExclusive(true))
                .run(new ImportService.Request(List.of(layout.data()), null, "{\"format\":\"detected\"}", true),
                        progress);
        if (s.cancelled() || s.anyRefused()) {
            throw new IllegalStateException("the demo import did not complete; see " + layout.data());
        }
        o.printf("[2/5] import    %,d records from %d files, %,d quarantined (%.1f s load, %.1f s indexes,"
                        + " %.1f s full-text)%n", s.imported(), s.files().size(), s.quarantined(), s.loadSeconds(),
                s.indexSeconds(), s.ftsSeconds());
        o.flush();
    }

    private static AnalysisResults analyze(CaseFile c, DemoLayout layout, Progress progress, PrintWriter o)
            throws IOException {
        AnalysisResults r = new Analyzer().analyze(c, progress);
        o.printf("[3/5] analyze   run %d: %,d accounts, %,d exchanges; %d campaigns, %d suspicious clusters"
                        + " (%.1f s)%n", r.run().id(), r.run().accounts(), r.run().exchanges(),
                r.confirmedCampaigns().size(), r.campaigns().size() - r.confirmedCampaigns().size(),
                r.run().durationMs() / 1000.0);
        for (CampaignResult cr : r.campaigns()) {
            o.printf("        %-11s %-10s score %.2f  %,6d accounts  %,9d exchanges  %s .. %s%n", cr.id(),
                    cr.verdict(), cr.score(), cr.accounts().size(), cr.exchanges(), cr.windowStart(),
                    cr.windowEnd());
        }
        o.println("        against the generator's ground truth (truth.json):");
        String table = Evaluation.table(Evaluation.evaluate(r, layout.data().resolve("truth.json")));
        table.lines().forEach(line -> o.println("          " + line));
        o.flush();
        return r;
    }

    private static void buildDossier(CaseFile c, PrintWriter o) {
        DossierService.ensureDefault(c);
        List<DossierSection> built = DossierService.sections(c);
        o.printf("[4/5] dossier   %d sections: %s%n", built.size(),
                built.stream().map(DemoCommand::label).collect(Collectors.joining(", ")));
        o.flush();
    }

    private static String label(DossierSection s) {
        return s.title() != null && !s.title().isBlank() ? s.title() : s.kind().name().toLowerCase();
    }

    private static void export(CaseFile c, DemoLayout layout, Progress progress, PrintWriter o) {
        ExportResult r = DossierService.export(c, new ExportRequest(layout.export(), RedactionProfile.LEGAL, null,
                RetortHome.dir()), progress);
        o.printf("[5/5] export    %d files, signed by key %s%s (%.1f s): %s%n", r.files().size(),
                r.keyFingerprint(), r.keyGenerated() ? " (new key, in " + RetortHome.dir() + ")" : "",
                r.durationMillis() / 1000.0, String.join(", ", r.files()));
        o.flush();
    }
}
