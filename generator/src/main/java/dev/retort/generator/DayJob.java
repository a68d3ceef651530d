package dev.retort.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/** Writes one UTC day: plans the instants, fills each call from the day's random stream, writes it, counts. */
final class DayJob implements Callable<DayJob.Stats> {

    /** What a day produced; campaign arrays are indexed like {@link Scenario#campaigns}. */
    static final class Stats {
        final LocalDate day;
        long exchanges;
        long bytes;
        List<Path> files = List.of();
        final long[] byPopulation = new long[Population.values().length];
        final long[] byCampaign;
        final long[] firstTs;
        final long[] lastTs;
        boolean cancelled;

        Stats(LocalDate day, int campaigns) {
            this.day = day;
            byCampaign = new long[campaigns];
            firstTs = new long[campaigns];
            lastTs = new long[campaigns];
            java.util.Arrays.fill(firstTs, Long.MAX_VALUE);
            java.util.Arrays.fill(lastTs, Long.MIN_VALUE);
        }
    }

    private final Scenario scenario;
    private final long epochDay;
    private final Path dir;
    private final GeneratorProgress progress;
    private final int[] campaignOf;

    DayJob(Scenario scenario, long epochDay, Path dir, GeneratorProgress progress, int[] campaignOf) {
        this.scenario = scenario;
        this.epochDay = epochDay;
        this.dir = dir;
        this.progress = progress;
        this.campaignOf = campaignOf;
    }

    @Override
    public Stats call() {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        Stats s = new Stats(day, scenario.campaigns.size());
        SplittableRandom r = Rng.of(scenario.options.seed(), epochDay);
        long[] plan = new DayPlanner(scenario).plan(epochDay, r);
        CallFactory factory = new CallFactory(scenario);
        Call c = new Call();
        long dayStart = epochDay * 86_400_000L;
        List<Account> accounts = scenario.accounts;
        try (RecordWriter w = RecordWriter.open(scenario.options.format(), dir, day, scenario.options.gzip())) {
            for (int i = 0; i < plan.length; i++) {
                if ((i & 8191) == 0 && progress.isCancelled()) {
                    s.cancelled = true;
                    break;
                }
                Account a = accounts.get((int) (plan[i] & 0xffffffffL));
                long ts = dayStart + (plan[i] >>> 32);
                factory.fill(c, a, ts, r);
                w.write(c);
                s.exchanges++;
                s.byPopulation[a.population.ordinal()]++;
                int k = campaignOf[a.index];
                if (k >= 0) {
                    s.byCampaign[k]++;
                    s.firstTs[k] = Math.min(s.firstTs[k], ts);
                    s.lastTs[k] = Math.max(s.lastTs[k], ts);
                }
            }
            w.close();
            s.files = List.copyOf(w.files());
            for (Path f : s.files) {
                s.bytes += Files.size(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + day + " in " + dir + ": " + e.getMessage(), e);
        }
        return s;
    }
}
