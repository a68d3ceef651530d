package dev.retort.store.ingest;

import java.util.Arrays;

/**
 * Open-addressing map from a long key to a fixed number of long counters, stored flat (no boxing, no per-entry
 * objects). The rollups add to it once per imported exchange, where a {@code HashMap<Long, long[]>} cost more than
 * the SQLite insert: packed keys collide in {@code Long.hashCode} and its bins turned into trees.
 */
final class LongCounters {
    private final int width;
    private long[] keys;
    private boolean[] used;
    private long[] values;
    private int size;

    LongCounters(int width, int expected) {
        this.width = width;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        used = new boolean[cap];
        values = new long[cap * width];
    }

    /** The offset in {@link #values()} of the key's counters, adding zeroed counters for a new key. */
    int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) PromptSimHash.mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return i * width;
            }
            i = (i + 1) & mask;
        }
        if (size + 1 > keys.length * 3 / 4) {
            grow();
            return slot(key);
        }
        used[i] = true;
        keys[i] = key;
        size++;
        return i * width;
    }

    /** The counters array; entry {@code slot + k} is counter k of that slot's key. Valid until the next insert. */
    long[] values() {
        return values;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Calls {@code visitor} with each key and the offset of its counters. */
    void forEach(Visitor visitor) throws java.sql.SQLException {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                visitor.visit(keys[i], i * width);
            }
        }
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(used, false);
            Arrays.fill(values, 0L);
            size = 0;
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(long key, int slot) throws java.sql.SQLException;
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        values = new long[keys.length * width];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int to = slot(oldKeys[i]);
                System.arraycopy(oldValues, i * width, values, to, width);
            }
        }
    }
}
