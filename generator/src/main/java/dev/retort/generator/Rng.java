package dev.retort.generator;

import java.util.SplittableRandom;

/** Seed mixing and small sampling helpers over {@link SplittableRandom}. */
final class Rng {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Rng() {
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed derived from a parent seed and a label (a day, an index, a salt). */
    static long derive(long seed, long label) {
        return mix(seed * 0x9E3779B97F4A7C15L + mix(label + 0x632BE59BD9B4E019L));
    }

    static SplittableRandom of(long seed, long label) {
        return new SplittableRandom(derive(seed, label));
    }

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    static String hex(SplittableRandom r, int chars) {
        char[] c = new char[chars];
        long bits = 0;
        for (int i = 0; i < chars; i++) {
            if (i % 16 == 0) {
                bits = r.nextLong();
            }
            c[i] = HEX[(int) (bits & 15)];
            bits >>>= 4;
        }
        return new String(c);
    }

    static void appendHex(StringBuilder sb, long v, int chars) {
        for (int i = chars - 1; i >= 0; i--) {
            sb.append(HEX[(int) ((v >>> (i * 4)) & 15)]);
        }
    }

    /** A version-4 UUID string from two random longs. */
    static void appendUuid(StringBuilder sb, long hi, long lo) {
        hi = (hi & 0xffffffffffff0fffL) | 0x0000000000004000L;
        lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
        appendHex(sb, hi >>> 32, 8);
        sb.append('-');
        appendHex(sb, (hi >>> 16) & 0xffff, 4);
        sb.append('-');
        appendHex(sb, hi & 0xffff, 4);
        sb.append('-');
        appendHex(sb, lo >>> 48, 4);
        sb.append('-');
        appendHex(sb, lo & 0xffffffffffffL, 12);
    }

    /** A Poisson draw; normal approximation above 40. */
    static int poisson(SplittableRandom r, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 40) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** Uniform in [lo, hi). */
    static double between(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    /** An exponential draw with the given mean. */
    static double exponential(SplittableRandom r, double mean) {
        return -mean * Math.log(1 - r.nextDouble());
    }
}
