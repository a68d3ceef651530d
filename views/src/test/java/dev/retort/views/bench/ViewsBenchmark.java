package dev.retort.views.bench;

import dev.retort.views.common.CaseContext;
import dev.retort.views.network.GraphNode;
import dev.retort.views.network.NetworkPicture;
import dev.retort.views.network.NetworkView;
import dev.retort.views.network.NetworkViewModel;
import dev.retort.views.selection.TimeWindow;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.RecentCases;
import dev.retort.views.task.BackgroundTaskExecutor;
import dev.retort.views.timeline.TimelineSlice;
import dev.retort.views.timeline.TimelineView;
import dev.retort.views.timeline.TimelineViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * The views benchmark of issue 6: opens a case in the real network and timeline views (headless, Monocle), then
 * times the overview, every timeline zoom level, a brush, a drill-down and a campaign expansion, while a probe posts a
 * {@code Platform.runLater} every 5 ms and records how late it ran: the longest FX-thread stall of each phase.
 * Run it with bench/views-bench.sh; it prints a Markdown table.
 *
 * <pre>
 * ViewsBenchmark --case FILE                      an existing (imported and analysed) case
 * ViewsBenchmark --synthetic M,O,N,D --work DIR   builds a case first: one campaign of M accounts, O other
 *                                                 accounts, N exchanges in all, over D days
 * </pre>
 */
public final class ViewsBenchmark {
    private static final long MIN = 60_000L;
    private static final long HOUR = 60 * MIN;
    private static final long DAY = 24 * HOUR;

    private final StallProbe probe = new StallProbe();
    private final List<String> rows = new ArrayList<>();
    private MainViewModel shell;
    private NetworkViewModel network;
    private TimelineViewModel timeline;

    public static void main(String[] args) throws Exception {
        Path casePath = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--case")) {
                casePath = Path.of(args[++i]);
            } else if (args[i].equals("--synthetic")) {
                String[] p = args[++i].split(",");
                Path work = Path.of(args[i + 2]);
                i += 2;
                Files.createDirectories(work);
                casePath = work.resolve("synthetic-views-bench.retort");
                int members = Integer.parseInt(p[0]);
                int others = Integer.parseInt(p[1]);
                long total = Long.parseLong(p[2]);
                int days = Integer.parseInt(p[3]);
                int perAccount = (int) (total / (members + others));
                SyntheticCase.Spec spec = new SyntheticCase.Spec(days, 1, members, others, perAccount, perAccount);
                if (Files.exists(casePath)) {
                    // Built before: reuse it (building 28.8M exchanges takes a quarter of an hour here).
                    try (var file = dev.retort.store.CaseFile.open(casePath)) {
                        int extra = Integer.getInteger("bench.extraIndicators", 0);
                        var latest = dev.retort.analysis.AnalysisResults.latest(file);
                        if (latest.isEmpty() || latest.get().indicators().size() < extra) {
                            // -Dbench.extraIndicators=117: an analysis run whose expansion draws as much as the
                            // real case's (120 indicators, ~2,500 edges); see SyntheticCase.addResults
                            SyntheticCase.addResults(file, spec, extra);
                        }
                    }
                    System.out.println("reusing " + casePath);
                    continue;
                }
                long t0 = System.nanoTime();
                SyntheticCase.create(casePath, spec).close();
                System.out.printf("built %s: %,d accounts, %,d exchanges in %.0f s%n", casePath, members + others,
                        (long) perAccount * (members + others), (System.nanoTime() - t0) / 1e9);
            }
        }
        if (casePath == null) {
            System.err.println("usage: ViewsBenchmark --case FILE | --synthetic M,O,N,D --work DIR");
            System.exit(2);
        }
        new ViewsBenchmark().run(casePath);
        Platform.exit();
        System.exit(0);
    }

    private void run(Path casePath) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Path home = Files.createTempDirectory("retort-views-bench");
        FxThread.call(() -> {
            shell = new MainViewModel(new BackgroundTaskExecutor(), new RecentCases(home.resolve("recent.txt")));
            CaseContext context = CaseContext.of(shell);
            network = new NetworkViewModel(context);
            timeline = new TimelineViewModel(context);
            SplitPane both = new SplitPane(new NetworkView(network), new TimelineView(timeline));
            Stage stage = new Stage();
            stage.setScene(new Scene(both, 1600, 900));
            stage.show();
            return null;
        });
        probe.start();
        System.out.println("case: " + casePath + " (" + Files.size(casePath) / (1 << 20) + " MB), load average "
                + loadAverage() + ", " + Runtime.getRuntime().availableProcessors() + " cores");

        probe.phase("open");
        long t0 = System.nanoTime();
        FxThread.call(() -> {
            shell.openCase(casePath);
            return null;
        });
        double network0 = awaitMs(t0, network.pictureProperty(), p -> !p.nodes().isEmpty()
                || network.statusProperty().get().startsWith("No analysis"));
        double timeline0 = awaitMs(t0, timeline.sliceProperty(), s -> s != null);
        double markers0 = awaitList(t0);
        row("open case → network overview drawn", network0, network.computeMillisProperty().get(), "");
        row("open case → timeline (whole case) drawn", timeline0, FxThread.call(() -> timeline.sliceProperty().get().queryMillis()),
                describe(FxThread.call(() -> timeline.sliceProperty().get())));
        row("open case → campaign windows and model releases marked", markers0, Double.NaN, "");
        settle();

        if (!Boolean.getBoolean("bench.expandOnly")) { // -Dbench.expandOnly=true: only the network's expansion
            zoomLevels("zoom");
            brush();
            drill();
        }
        expand();
        probe.stop();

        System.out.println();
        System.out.println("| step | shown after (ms) | background work (ms) | its CPU (ms) | detail |");
        System.out.println("|---|---:|---:|---:|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("| phase | longest FX-thread stall (ms) | FX-thread CPU during it (ms) |"
                + " most FX-thread CPU in one probe interval (ms) |");
        System.out.println("|---|---:|---:|---:|");
        probe.worst().forEach((phase, w) -> System.out.printf("| %s | %.0f | %.0f | %.0f |%n", phase, w[0], w[1],
                w[2]));
        System.out.println();
        System.out.println("load average at the end: " + loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void zoomLevels(String phase) throws Exception {
        probe.phase(phase);
        TimeWindow all = FxThread.call(() -> timeline.extentProperty().get());
        long centre = focus(all);
        long[] widths = {all.durationMs(), 30 * DAY, 7 * DAY, DAY, 6 * HOUR, 2 * HOUR, 30 * MIN, 10 * MIN};
        for (long width : widths) {
            for (int rep = 0; rep < 3; rep++) {
                long from = centre - width / 2 + rep * width / 10;
                showWindow(from, from + width, "zoom to " + human(width) + (rep > 0 ? " (pan " + rep + ")" : ""));
            }
        }
    }

    /** The middle of the case: campaigns in a case of this kind run through it. */
    private static long focus(TimeWindow all) {
        return all.startMs() + all.durationMs() / 2;
    }

    private void showWindow(long from, long to, String label) throws Exception {
        TimelineSlice before = FxThread.call(() -> timeline.sliceProperty().get());
        long t0 = System.nanoTime();
        FxThread.call(() -> {
            timeline.showWindow(from, to);
            return null;
        });
        double ms = awaitMs(t0, timeline.sliceProperty(), s -> s != before);
        TimelineSlice s = FxThread.call(() -> timeline.sliceProperty().get());
        row(label, ms, s.queryMillis(), s.queryCpuMillis(), describe(s));
    }

    private void brush() throws Exception {
        probe.phase("brush");
        TimeWindow all = FxThread.call(() -> timeline.extentProperty().get());
        showWindow(all.startMs(), all.endMs(), "back to the whole case");
        long from = all.startMs() + all.durationMs() / 3;
        long to = from + 6 * HOUR;
        FxThread.call(() -> {
            timeline.brush(from, to);
            return null;
        });
        TimelineSlice before = FxThread.call(() -> timeline.sliceProperty().get());
        long t0 = System.nanoTime();
        FxThread.call(() -> {
            timeline.zoomToBrush();
            return null;
        });
        double ms = awaitMs(t0, timeline.sliceProperty(), s -> s != before);
        TimelineSlice s = FxThread.call(() -> timeline.sliceProperty().get());
        row("brush 6 h, zoom to brush", ms, s.queryMillis(), s.queryCpuMillis(), describe(s));
    }

    private void drill() throws Exception {
        probe.phase("drill");
        TimeWindow all = FxThread.call(() -> timeline.extentProperty().get());
        showWindow(all.startMs(), all.endMs(), "back to the whole case");
        String campaign = biggestCampaign();
        if (campaign == null) {
            return;
        }
        TimelineSlice before = FxThread.call(() -> timeline.sliceProperty().get());
        long t0 = System.nanoTime();
        FxThread.call(() -> {
            timeline.drillIntoCampaign(campaign);
            return null;
        });
        double ms = awaitMs(t0, timeline.sliceProperty(), s -> s != before);
        TimelineSlice s = FxThread.call(() -> timeline.sliceProperty().get());
        row("drill into " + campaign + " by account (whole case)", ms, Double.NaN, Double.NaN,
                describe(s) + " (drill-down cube built from the rollups, then sliced)");
        long mid = all.startMs() + all.durationMs() / 2;
        showWindow(mid, mid + DAY, "drilled: zoom to 1 day");
        showWindow(mid, mid + HOUR, "drilled: zoom to 1 h");
        FxThread.call(() -> {
            timeline.drillUp();
            return null;
        });
    }

    private void expand() throws Exception {
        probe.phase("expand");
        String campaign = biggestCampaign();
        if (campaign == null) {
            row("campaign expansion", Double.NaN, Double.NaN, "no campaign in the case");
            return;
        }
        long t0 = System.nanoTime();
        FxThread.call(() -> {
            network.expand(campaign);
            return null;
        });
        double ms = awaitMs(t0, network.pictureProperty(), p -> p.count(GraphNode.Type.ACCOUNT) > 0);
        NetworkPicture p = FxThread.call(() -> network.pictureProperty().get());
        row("expand " + campaign + " into members", ms, network.computeMillisProperty().get(),
                String.format("%d accounts, %d indicators, %d edges drawn; %d members summarised",
                        p.count(GraphNode.Type.ACCOUNT), p.count(GraphNode.Type.INDICATOR), p.edges().size(),
                        p.hiddenMembers()));
        settle();
        probe.phase("collapse");
        t0 = System.nanoTime();
        FxThread.call(() -> {
            network.collapseAll();
            return null;
        });
        ms = awaitMs(t0, network.pictureProperty(), q -> q.count(GraphNode.Type.ACCOUNT) == 0);
        row("collapse back to the overview", ms, network.computeMillisProperty().get(), "");
        settle();
    }

    private String biggestCampaign() throws Exception {
        return FxThread.call(() -> network.pictureProperty().get().nodes().stream()
                .filter(n -> n.type() == GraphNode.Type.CAMPAIGN)
                .max(java.util.Comparator.comparingDouble(GraphNode::size))
                .map(GraphNode::campaign).orElse(null));
    }

    // ---- plumbing ----

    private void row(String step, double shownMs, double queryMs, String detail) {
        row(step, shownMs, queryMs, Double.NaN, detail);
    }

    private void row(String step, double shownMs, double queryMs, double cpuMs, String detail) {
        rows.add(String.format("| %s | %s | %s | %s | %s |", step, ms(shownMs, "%.0f"), ms(queryMs, "%.1f"),
                ms(cpuMs, "%.1f"), detail));
        System.out.println(rows.get(rows.size() - 1));
    }

    private static String ms(double v, String format) {
        return Double.isNaN(v) ? "–" : String.format(format, v);
    }

    private static String describe(TimelineSlice s) {
        if (s == null) {
            return "";
        }
        return String.format("%d buckets of %s from %s, %,d exchanges", s.buckets(), human(s.bucketMs()),
                s.fromExchanges() ? "exchanges(ts)" : "hourly rollups", s.total());
    }

    private static String human(long ms) {
        if (ms >= DAY) {
            return ms % DAY == 0 ? ms / DAY + " d" : String.format("%.1f d", ms / (double) DAY);
        }
        return ms >= HOUR ? ms / HOUR + " h" : ms / MIN + " min";
    }

    /** Waits (polling from this thread) until {@code value} satisfies {@code done}; ms since {@code t0}. */
    private static <T> double awaitMs(long t0, ObservableValue<T> value, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(done.test(value.getValue())));
            if (check.get()) {
                return (System.nanoTime() - t0) / 1e6;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("timed out");
    }

    private double awaitList(long t0) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (FxThread.call(() -> !timeline.markers().isEmpty())) {
                return (System.nanoTime() - t0) / 1e6;
            }
            Thread.sleep(2);
        }
        return Double.NaN;
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(1500); // let GraphStream paint what changed (it paints on its own timer)
    }
}
