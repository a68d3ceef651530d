package dev.retort.views.bench;

import atlantafx.base.theme.PrimerLight;
import dev.retort.views.common.CaseContext;
import dev.retort.views.network.GraphNode;
import dev.retort.views.network.NetworkView;
import dev.retort.views.network.NetworkViewModel;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.RecentCases;
import dev.retort.views.task.BackgroundTaskExecutor;
import dev.retort.views.timeline.TimelineView;
import dev.retort.views.timeline.TimelineViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Takes the screenshots of the network and timeline views in docs/screenshots from the real views on a case
 * (the {@code demo} case: {@code retort demo}), headless: {@code bench/views-screenshots.sh CASE OUTDIR}.
 */
public final class NetworkTimelineScreenshots {
    private MainViewModel shell;
    private CaseContext context;
    private NetworkViewModel network;
    private TimelineViewModel timeline;
    private NetworkView networkView;
    private TimelineView timelineView;

    public static void main(String[] args) throws Exception {
        new NetworkTimelineScreenshots().run(Path.of(args[0]), Path.of(args[1]));
        Platform.exit();
        System.exit(0);
    }

    private void run(Path casePath, Path out) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Path home = Files.createTempDirectory("retort-views-shots");
        FxThread.call(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            shell = new MainViewModel(new BackgroundTaskExecutor(), new RecentCases(home.resolve("recent.txt")));
            context = CaseContext.of(shell);
            network = new NetworkViewModel(context);
            timeline = new TimelineViewModel(context);
            networkView = new NetworkView(network);
            timelineView = new TimelineView(timeline);
            show(networkView);
            show(timelineView);
            shell.openCase(casePath);
            return null;
        });
        await(() -> !network.pictureProperty().get().nodes().isEmpty() && timeline.sliceProperty().get() != null
                && !timeline.markers().isEmpty());
        Thread.sleep(2000);
        shoot(networkView, out.resolve("network-overview.png"));
        shoot(timelineView, out.resolve("timeline-campaigns.png"));

        String top = FxThread.call(() -> network.campaigns().get(0));
        FxThread.call(() -> {
            network.expand(top);
            return null;
        });
        await(() -> network.pictureProperty().get().count(GraphNode.Type.ACCOUNT) > 0);
        String member = FxThread.call(() -> network.pictureProperty().get().nodes().stream()
                .filter(n -> n.type() == GraphNode.Type.ACCOUNT).findFirst().orElseThrow().id());
        FxThread.call(() -> {
            network.select(member);
            return null;
        });
        await(() -> network.inspectionProperty().get() != null);
        Thread.sleep(2000);
        shoot(networkView, out.resolve("network-expanded.png"));

        FxThread.call(() -> {
            timeline.drillIntoCampaign(top);
            return null;
        });
        await(() -> timeline.drillLabelProperty().get() != null);
        FxThread.call(() -> {
            var w = timeline.extentProperty().get();
            long mid = w.startMs() + w.durationMs() / 2;
            timeline.brush(mid, mid + 6 * 3_600_000L);
            timeline.openBucket(timeline.sliceProperty().get().bucketAt(mid), -1);
            return null;
        });
        await(() -> !timeline.bucketExchanges().isEmpty());
        Thread.sleep(1000);
        shoot(timelineView, out.resolve("timeline-drilldown.png"));
        System.out.println("screenshots written to " + out);
    }

    private static void show(Parent view) {
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1440, 860));
        stage.show();
    }

    private static void shoot(Parent view, Path file) throws Exception {
        var image = FxThread.call(() -> view.snapshot(null, null));
        PngWriter.write(image, file);
    }

    private static void await(BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (FxThread.call(done::getAsBoolean)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("timed out waiting for the views");
    }

}
