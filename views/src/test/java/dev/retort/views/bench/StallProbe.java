package dev.retort.views.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Posts a runnable to the FX thread every 5 ms and keeps, per phase, the worst lateness and how much CPU the FX
 * thread used meanwhile: a stall with little FX CPU is the machine's other load keeping the thread off a core,
 * one with CPU close to the stall is our own work on the FX thread. A benchmark that keeps its own figures passes
 * a {@link Sample} instead.
 */
final class StallProbe {
    /** One probe's result, received on the FX thread. */
    interface Sample {
        void taken(String phase, double lateMs, double fxCpuMs, long postedAtMillis);
    }

    private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Sample sample;
    private final Map<String, double[]> worst = new LinkedHashMap<>();
    private volatile String phase = "start";
    private volatile boolean running;
    private Thread thread;
    private long fxThread;

    /** Keeps the worst lateness per phase ({@link #worst()}). */
    StallProbe() {
        this.sample = this::record;
    }

    StallProbe(Sample sample) {
        this.sample = sample;
    }

    void phase(String name) {
        phase = name;
    }

    synchronized Map<String, double[]> worst() {
        return new LinkedHashMap<>(worst);
    }

    private synchronized void record(String p, double ms, double cpuMs, long postedAtMillis) {
        double[] w = worst.get(p);
        if (w == null || ms > w[0]) {
            worst.put(p, new double[] {ms, cpuMs, Math.max(cpuMs, w == null ? 0 : w[2])});
        } else {
            w[2] = Math.max(w[2], cpuMs); // the FX thread's longest own work, whatever the waits around it
        }
    }

    void start() throws Exception {
        CompletableFuture<Long> id = new CompletableFuture<>();
        Platform.runLater(() -> id.complete(Thread.currentThread().getId()));
        fxThread = id.get();
        running = true;
        thread = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                long postedAt = System.currentTimeMillis();
                long cpu0 = cpu.getThreadCpuTime(fxThread);
                String p = phase;
                CompletableFuture<Void> ran = new CompletableFuture<>();
                Platform.runLater(() -> {
                    sample.taken(p, (System.nanoTime() - posted) / 1e6,
                            (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6, postedAt);
                    ran.complete(null);
                });
                try {
                    ran.get();
                    Thread.sleep(5);
                } catch (Exception e) {
                    return;
                }
            }
        }, "fx-stall-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** The FX thread's id, known once started. */
    long fxThread() {
        return fxThread;
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(2000);
    }
}
