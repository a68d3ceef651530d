package dev.retort.store.ingest;

import java.util.Arrays;

/**
 * An open-addressing set of longs (8 bytes a key, no boxing): the de-duplication keys of every exchange in the
 * case, so that a new exchange is checked against the case without touching the disk.
 */
final class LongHashSet {
    private static final long EMPTY = 0L; // key 0 is tracked apart
    private long[] slots;
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        slots = new long[capacityFor(Math.max(expected, 1024))];
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
        if (size + 1 > slots.length * 0.8) {
            grow();
        }
        int i = index(key, slots.length);
        while (true) {
            long s = slots[i];
            if (s == EMPTY) {
                slots[i] = key;
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
        int i = index(key, slots.length);
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

    private static int index(long key, int len) {
        long m = PromptSimHash.mix(key);
        return (int) Long.remainderUnsigned(m, len);
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[capacityFor((long) (size * 1.6) + 16)];
        Arrays.fill(bigger, EMPTY);
        for (long k : old) {
            if (k != EMPTY) {
                int i = index(k, bigger.length);
                while (bigger[i] != EMPTY) {
                    if (++i == bigger.length) {
                        i = 0;
                    }
                }
                bigger[i] = k;
            }
        }
        slots = bigger;
    }
}
