package dev.retort.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates a scenario: {@code accounts.csv}, one exchange log per UTC day in the chosen format, and
 * {@code truth.json}. Days are independent (each has its own seed derived from the run's seed and the date), so
 * they are written in parallel and the bytes do not depend on the number of threads. Memory is bounded by one
 * day's timetable per thread (a long per exchange), not by the size of the run.
 */
public final class ScenarioGenerator {

    private ScenarioGenerator() {
    }

    /** Generates {@code preset} into {@code out} (created if missing; existing day files are overwritten). */
    public static GenerationResult generate(Preset preset, GeneratorOptions options, Path out,
                                            GeneratorProgress progress) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(out);
        Scenario scenario = ScenarioBuilder.build(preset, options);
        AccountsCsv.write(scenario, out.resolve("accounts.csv"));

        int[] campaignOf = new int[scenario.accounts.size()];
        Arrays.fill(campaignOf, -1);
        for (int k = 0; k < scenario.campaigns.size(); k++) {
            for (Account a : scenario.campaigns.get(k).accounts()) {
                campaignOf[a.index] = k;
            }
        }
        long firstDay = Math.floorDiv(scenario.start(), 86_400_000L);
        int days = preset.days();
        TruthWriter.Totals totals = new TruthWriter.Totals(scenario.campaigns.size());
        List<Path> files = new ArrayList<>();
        boolean cancelled = false;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), days), r -> {
            Thread t = new Thread(r, "retort-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DayJob.Stats>> futures = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                futures.add(pool.submit(new DayJob(scenario, firstDay + d, out, progress, campaignOf)));
            }
            for (int d = 0; d < days; d++) {
                DayJob.Stats s = futures.get(d).get();
                totals.add(s);
                files.addAll(s.files);
                cancelled |= s.cancelled;
                progress.update(d + 1, days, String.format("%s: %,d exchanges (%,d so far)", s.day, s.exchanges,
                        totals.exchanges));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("generation failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
        if (!cancelled) {
            TruthWriter.write(scenario, totals, out.resolve("truth.json"));
        }
        return new GenerationResult(out, scenario.accounts.size(), totals.exchanges, totals.bytes, List.copyOf(files),
                Duration.ofNanos(System.nanoTime() - t0), cancelled);
    }
}
