package dev.retort.generator;

import java.nio.file.Path;

/**
 * A bare entry point for benchmarks and scripts that should not need the whole app on the class path:
 * {@code java -cp retort-generator.jar:jackson-core.jar dev.retort.generator.GeneratorMain PRESET OUT [scale] [format]
 * [seed] [threads] [gzip]}. Users run {@code retort generate}.
 */
public final class GeneratorMain {

    private GeneratorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GeneratorMain PRESET OUT [scale] [format] [seed] [threads] [gzip]");
            System.exit(2);
        }
        GeneratorOptions o = GeneratorOptions.defaults();
        if (args.length > 2) {
            o = o.withScale(Double.parseDouble(args[2]));
        }
        if (args.length > 3) {
            o = o.withFormat(Format.parse(args[3]));
        }
        if (args.length > 4) {
            o = o.withSeed(Long.parseLong(args[4]));
        }
        if (args.length > 5) {
            o = o.withThreads(Integer.parseInt(args[5]));
        }
        if (args.length > 6) {
            o = o.withGzip(Boolean.parseBoolean(args[6]));
        }
        GenerationResult r = ScenarioGenerator.generate(Presets.byName(args[0]), o, Path.of(args[1]),
                new GeneratorProgress() {
                    @Override
                    public void update(long done, long total, String message) {
                        System.err.printf("[%d/%d] %s%n", done, total, message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
        System.out.printf("%s: %,d accounts, %,d exchanges, %,d bytes (%.0f B/exchange) in %.1f s: %,.0f exchanges/s,"
                        + " %.1f MB/s%n", args[0], r.accounts(), r.exchanges(), r.bytes(),
                r.bytes() / (double) Math.max(1, r.exchanges()), r.elapsed().toMillis() / 1000.0,
                r.exchangesPerSecond(), r.megabytesPerSecond());
    }
}
