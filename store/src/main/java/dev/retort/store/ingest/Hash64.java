package dev.retort.store.ingest;

/** A fast 64-bit string hash (FNV-1a over UTF-16 units, then a Murmur3 finaliser) for de-duplication keys. */
final class Hash64 {
    private long h = 0xcbf29ce484222325L;

    Hash64 add(String s) {
        if (s == null) {
            return add(-1L);
        }
        long x = h;
        for (int i = 0; i < s.length(); i++) {
            x = (x ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = (x ^ s.length()) * 0x100000001b3L;
        return this;
    }

    Hash64 add(long v) {
        h = (h ^ v) * 0x100000001b3L;
        h = PromptSimHash.mix(h);
        return this;
    }

    long get() {
        return PromptSimHash.mix(h);
    }
}
