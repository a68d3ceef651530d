package dev.retort.app.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap still in use after a garbage collection, for {@code import --stats}: what the import really holds
 * (batches in flight, dictionaries, de-duplication keys). Before a collection the heap is as full as the collector
 * chose to let it grow under {@code -Xmx}, which says more about the collector than about the import; summing each
 * pool's own peak overstates even that, as the pools peak at different times.
 */
final class HeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    /** Starts listening to the collectors. */
    static HeapPeak watch() {
        HeapPeak h = new HeapPeak();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        h.record(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc());
                    }
                }, null, null);
            }
        }
        return h;
    }

    private void record(Map<String, MemoryUsage> afterGc) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : afterGc.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        peak.accumulateAndGet(used, Math::max);
    }

    /** Bytes: the largest after-collection total seen (0 if no collection ran). */
    long bytes() {
        return peak.get();
    }
}
