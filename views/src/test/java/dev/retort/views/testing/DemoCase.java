package dev.retort.views.testing;

import dev.retort.analysis.Analyzer;
import dev.retort.generator.GeneratorOptions;
import dev.retort.generator.GeneratorProgress;
import dev.retort.generator.Presets;
import dev.retort.generator.ScenarioGenerator;
import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A generated case for view tests: the generator's {@code demo} preset at a small scale, imported with the real
 * importer and analysed with the real analyzer, built once per test JVM and copied for each test that asks.
 */
public final class DemoCase {

    /** Small enough to build in seconds, large enough to hold every population and the three campaigns. */
    public static final double SCALE = Double.parseDouble(System.getProperty("retort.test.demoScale", "0.15"));

    private static Path master;

    private DemoCase() {
    }

    /** A fresh copy of the generated case at {@code dir/name.retort}. */
    public static synchronized Path copyTo(Path dir, String name) {
        try {
            if (master == null) {
                master = build(Files.createTempDirectory("retort-views-demo"));
            }
            Path target = dir.resolve(name + CaseFile.EXTENSION);
            Files.copy(master, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated data directory (logs, accounts.csv, truth.json) next to the master case. */
    public static synchronized Path dataDir() {
        copyTo(master == null ? tmp() : master.getParent(), "warm-up");
        return master.getParent().resolve("data");
    }

    private static Path tmp() {
        try {
            return Files.createTempDirectory("retort-views-warm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path build(Path dir) throws IOException {
        Path data = dir.resolve("data");
        ScenarioGenerator.generate(Presets.byName("demo"), GeneratorOptions.defaults().withScale(SCALE)
                .withThreads(1), data, GeneratorProgress.NONE);
        Path casePath = dir.resolve("demo" + CaseFile.EXTENSION);
        try (CaseFile c = CaseFile.create(casePath, "demo")) {
            new ImportService(c, Formats.installed(), IngestOptions.DEFAULTS)
                    .run(new ImportService.Request(List.of(data), null, "{}", true), Progress.NONE);
            new Analyzer().analyze(c, Progress.NONE);
        }
        return casePath;
    }
}
