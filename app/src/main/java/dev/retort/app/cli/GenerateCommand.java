package dev.retort.app.cli;

import dev.retort.generator.Format;
import dev.retort.generator.GenerationResult;
import dev.retort.generator.GeneratorOptions;
import dev.retort.generator.GeneratorProgress;
import dev.retort.generator.Presets;
import dev.retort.generator.ScenarioGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retort generate --preset NAME [--scale S] [--seed N] [--format F] [--gzip] --out DIR}. */
@Command(name = "generate",
        description = "Write a synthetic scenario (exchange logs, accounts.csv, truth.json) with distillation "
                + "campaigns among legitimate traffic, deterministically for a seed.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME",
            description = "demo, feb-2026 or apr-2026")
    String preset;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S",
            description = "shrink or grow the preset proportionally (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--format", defaultValue = "litellm", paramLabel = "F",
            description = "litellm, otlp, bedrock (+ cloudtrail), nginx or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--gzip", description = "gzip each day file")
    boolean gzip;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "T",
            description = "worker threads; the output does not depend on it (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output directory")
    Path out;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        GeneratorOptions options = new GeneratorOptions(seed, scale, Format.parse(format), gzip, threads);
        PrintWriter err = spec.commandLine().getErr();
        GenerationResult r = ScenarioGenerator.generate(Presets.byName(preset), options, out, new GeneratorProgress() {
            @Override
            public void update(long done, long total, String message) {
                if (!quiet) {
                    err.printf("[%d/%d] %s%n", done, total, message);
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s (seed %d, scale %s, %s) -> %s%n", preset, seed, scale, options.format().id(), out);
        o.printf("%,d accounts, %,d exchanges in %d files, %,d bytes (%.0f B/exchange)%n", r.accounts(),
                r.exchanges(), r.files().size(), r.bytes(), r.bytes() / (double) Math.max(1, r.exchanges()));
        o.printf("%.1f s: %,.0f exchanges/s, %.1f MB/s%n", r.elapsed().toMillis() / 1000.0, r.exchangesPerSecond(),
                r.megabytesPerSecond());
        o.flush();
        return 0;
    }
}
