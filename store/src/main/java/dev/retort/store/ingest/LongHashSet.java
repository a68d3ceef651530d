package dev.retort.store.ingest;

/**
 * An open-addressing set of longs (8 bytes a key, no boxing): the de-duplication keys of every exchange in the
 * case, so that a new exchange is checked against the case without touching the disk.
 *
 * <p>The keys are spread over {@value #SEGMENTS} tables that grow one at a time. One table for 34 million keys
 * had to hold its old 240 MB array and the new 410 MB one at once when it grew, and that grow alone ran a 1 GB
 * heap out of memory on the apr-2026 preset; a segment's grow needs about 1/{@value #SEGMENTS} of that.
 */
final class LongHashSet {
    static final int SEGMENTS = 256;
    private static final long EMPTY = 0L; // key 0 is tracked apart
    private static final double MAX_LOAD = 0.8;

    private final long[][] segments = new long[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        int perSegment = Math.max(expected / SEGMENTS, 16);
        for (int s = 0; s < SEGMENTS; s++) {
            segments[s] = new long[capacityFor(perSegment)];
        }
    }

    private static int capacityFor(long n) {
        long cap = (long) (n / 0.75) + 1;
        if (cap > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many keys: " + n);
        }
        return (int) cap;
    }

    /** Adds the key; returns false when it was already present. */
    boolean add(long key) {
        if (key == EMPTY) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            size++;
            return true;
        }
        long m = PromptSimHash.mix(key);
        int seg = (int) (m >>> 56);
        long[] slots = segments[seg];
        if (sizes[seg] + 1 > slots.length * MAX_LOAD) {
            slots = grow(seg);
        }
        int i = slot(m, slots.length);
        while (true) {
            long s = slots[i];
            if (s == EMPTY) {
                slots[i] = key;
                sizes[seg]++;
                size++;
                return true;
            }
            if (s == key) {
                return false;
            }
            if (++i == slots.length) {
                i = 0;
            }
        }
    }

    boolean contains(long key) {
        if (key == EMPTY) {
            return hasZero;
        }
        long m = PromptSimHash.mix(key);
        long[] slots = segments[(int) (m >>> 56)];
        int i = slot(m, slots.length);
        while (true) {
            long s = slots[i];
            if (s == EMPTY) {
                return false;
            }
            if (s == key) {
                return true;
            }
            if (++i == slots.length) {
                i = 0;
            }
        }
    }

    int size() {
        return size;
    }

    /** The largest single table, in slots: what one grow allocates at most (for tests of the memory bound). */
    int largestSegmentSlots() {
        int max = 0;
        for (long[] s : segments) {
            max = Math.max(max, s.length);
        }
        return max;
    }

    /** All slots together (8 bytes each). */
    long totalSlots() {
        long n = 0;
        for (long[] s : segments) {
            n += s.length;
        }
        return n;
    }

    /** The slot from the low bits; the segment took the top eight. */
    private static int slot(long mixed, int len) {
        return (int) Long.remainderUnsigned(mixed & 0x00FF_FFFF_FFFF_FFFFL, len);
    }

    private long[] grow(int seg) {
        long[] old = segments[seg];
        long[] bigger = new long[capacityFor((long) (sizes[seg] * 1.6) + 16)];
        for (long k : old) {
            if (k != EMPTY) {
                int i = slot(PromptSimHash.mix(k), bigger.length);
                while (bigger[i] != EMPTY) {
                    if (++i == bigger.length) {
                        i = 0;
                    }
                }
                bigger[i] = k;
            }
        }
        segments[seg] = bigger;
        return bigger;
    }
}
