package dev.retort.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.views.bench.SyntheticCase;
import dev.retort.views.common.CaseContext;
import dev.retort.views.selection.CaseSelection;
import dev.retort.views.selection.TimeWindow;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.RecentCases;
import dev.retort.views.task.BackgroundTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final long HOUR = 3_600_000L;

    @TempDir
    static Path dir;
    static Path casePath;

    private MainViewModel shell;
    private CaseSelection selection;
    private TimelineViewModel model;
    private TimelineView view;

    @BeforeAll
    static void build() {
        casePath = dir.resolve("timeline-view.retort");
        SyntheticCase.create(casePath, SyntheticCase.Spec.small()).close();
    }

    @Start
    void start(Stage stage) {
        shell = new MainViewModel(new BackgroundTaskExecutor(), new RecentCases(dir.resolve("recent.txt")));
        CaseContext context = CaseContext.of(shell);
        selection = context.selection();
        model = new TimelineViewModel(context);
        view = new TimelineView(model);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openCase(FxRobot robot) throws Exception {
        robot.interact(() -> shell.openCase(casePath));
        waitFor(() -> model.sliceProperty().get() != null && !model.markers().isEmpty());
    }

    private Point2D chartPoint(double fx, double yFromBottom) {
        Bounds b = view.chart().localToScreen(view.chart().getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMaxY() - TimelineCanvas.AXIS - yFromBottom);
    }

    @Test
    void opensStackedByCampaignWithMarkersFromTheRollups(FxRobot robot) throws Exception {
        openCase(robot);
        TimelineSlice slice = model.sliceProperty().get();
        assertFalse(slice.fromExchanges());
        assertEquals(4, slice.series().size());
        FlowPane legend = robot.lookup("#timeline-legend").queryAs(FlowPane.class);
        assertEquals(4, legend.getChildren().size());
        assertTrue(model.markers().stream().anyMatch(m -> m.kind() == Marker.Kind.MODEL_RELEASE
                && m.key().equals("model-b")));
        assertEquals(3, model.markers().stream().filter(m -> m.kind() == Marker.Kind.CAMPAIGN_WINDOW).count());
        assertTrue(robot.lookup("#timeline-status").queryLabeled().getText().contains("hourly rollups"));
    }

    @Test
    void scrollingZoomsInDownToMinutesFromTheExchanges(FxRobot robot) throws Exception {
        openCase(robot);
        long before = model.windowProperty().get().durationMs();
        // The glass robot under Monocle sends DOWN as a positive wheel delta, which JavaFX calls scrolling up.
        robot.moveTo(chartPoint(0.5, 50)).scroll(3, VerticalDirection.DOWN);
        waitFor(() -> model.windowProperty().get().durationMs() < before);
        TimeWindow w = model.windowProperty().get();
        robot.interact(() -> model.showWindow(w.startMs(), w.startMs() + 2 * HOUR));
        waitFor(() -> model.sliceProperty().get().fromExchanges());
        assertEquals(60_000L, model.sliceProperty().get().bucketMs());
        assertTrue(robot.lookup("#timeline-status").queryLabeled().getText().startsWith("1 min buckets from exchanges"));
    }

    @Test
    void draggingAcrossTheChartBrushesTheSharedTimeWindow(FxRobot robot) throws Exception {
        openCase(robot);
        robot.drag(chartPoint(0.3, 40), MouseButton.PRIMARY).dropTo(chartPoint(0.6, 40));
        waitFor(() -> selection.window() != null);
        TimeWindow brushed = selection.window();
        TimeWindow shown = model.windowProperty().get();
        double startFraction = (brushed.startMs() - shown.startMs()) / (double) shown.durationMs();
        double endFraction = (brushed.endMs() - shown.startMs()) / (double) shown.durationMs();
        assertEquals(0.3, startFraction, 0.02);
        assertEquals(0.6, endFraction, 0.02);

        robot.clickOn("#timeline-zoom-brush");
        waitFor(() -> model.windowProperty().get().equals(brushed));
    }

    @Test
    void clickingABarListsTheExchangesOfItsBucketWithProvenance(FxRobot robot) throws Exception {
        openCase(robot);
        robot.moveTo(chartPoint(0.9, 3)).clickOn(MouseButton.PRIMARY);
        waitFor(() -> !model.bucketExchanges().isEmpty());
        TableView<?> table = robot.lookup("#timeline-bucket-table").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty());
        TimelineSlice slice = model.sliceProperty().get();
        ExchangeRow first = model.bucketExchanges().get(0);
        int bucket = slice.bucketAt(first.ts());
        for (ExchangeRow r : model.bucketExchanges()) {
            assertEquals(bucket, slice.bucketAt(r.ts()), "every row is in the clicked bucket");
            assertEquals("synthetic.jsonl", r.sourceFile());
        }
    }

    @Test
    void doubleClickingACampaignBandStacksItsMembers(FxRobot robot) throws Exception {
        openCase(robot);
        robot.moveTo(chartPoint(0.95, 3)).doubleClickOn(MouseButton.PRIMARY);
        waitFor(() -> model.drillLabelProperty().get() != null);
        String drilled = model.drillLabelProperty().get();
        assertTrue(drilled.startsWith("C-000"), drilled);
        TimelineSlice slice = model.sliceProperty().get();
        assertEquals(TimelineSource.TOP_ACCOUNTS + 1, slice.series().size());
        assertEquals(drilled, selection.campaign());

        robot.clickOn("#timeline-drill-up");
        waitFor(() -> model.drillLabelProperty().get() == null && model.sliceProperty().get().series().size() == 4);
    }

    @Test
    void selectingAnAccountElsewhereDrillsIntoIt(FxRobot robot) throws Exception {
        openCase(robot);
        robot.interact(() -> selection.selectAccounts(List.of("camp2-acct4")));
        waitFor(() -> "camp2-acct4".equals(model.drillLabelProperty().get()));
        TimelineSlice slice = model.sliceProperty().get();
        assertEquals(1, slice.series().size());
        assertEquals(SyntheticCase.Spec.small().exchangesPerCampaignAccount(), slice.total());
        assertNotNull(robot.lookup("#timeline-drill").queryLabeled().getText());

        robot.interact(() -> selection.selectAccounts(List.of()));
        waitFor(() -> model.drillLabelProperty().get() == null);
    }
}
