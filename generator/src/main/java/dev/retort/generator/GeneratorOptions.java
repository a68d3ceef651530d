package dev.retort.generator;

/**
 * How to run a preset.
 *
 * @param seed    the seed; the same seed gives the same bytes
 * @param scale   multiplies account counts and campaign volumes (1 = the preset as described)
 * @param format  the exchange log format
 * @param gzip    gzip each day file
 * @param threads worker threads; days are split across them, the output does not depend on it
 */
public record GeneratorOptions(long seed, double scale, Format format, boolean gzip, int threads) {

    public GeneratorOptions {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale must be in (0, 100], got " + scale);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Seed 42, scale 1, LiteLLM, plain files, two threads. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(42, 1.0, Format.LITELLM, false, 2);
    }

    public GeneratorOptions withSeed(long s) {
        return new GeneratorOptions(s, scale, format, gzip, threads);
    }

    public GeneratorOptions withScale(double s) {
        return new GeneratorOptions(seed, s, format, gzip, threads);
    }

    public GeneratorOptions withFormat(Format f) {
        return new GeneratorOptions(seed, scale, f, gzip, threads);
    }

    public GeneratorOptions withGzip(boolean g) {
        return new GeneratorOptions(seed, scale, format, g, threads);
    }

    public GeneratorOptions withThreads(int t) {
        return new GeneratorOptions(seed, scale, format, gzip, t);
    }
}
