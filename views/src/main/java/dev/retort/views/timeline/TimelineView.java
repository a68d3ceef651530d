package dev.retort.views.timeline;

import java.time.Instant;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The Timeline place: a toolbar (zoom, pan, drill-down, brush), the stacked chart with its legend, and the exchanges
 * of the clicked bucket. Builds nodes and binds them to {@link TimelineViewModel}.
 */
public final class TimelineView extends BorderPane {
    private final TimelineViewModel model;
    private final TimelineCanvas canvas;
    private final FlowPane legend = new FlowPane(10, 4);

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        this.canvas = new TimelineCanvas(model);
        setId("timeline-view");
        Label status = new Label();
        status.setId("timeline-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(2, 8, 0, 8));
        setTop(new VBox(createToolbar(), status));
        legend.setId("timeline-legend");
        legend.setPadding(new Insets(4, 8, 4, 8));
        VBox chart = new VBox(legend, canvas);
        VBox.setVgrow(canvas, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(chart, createBucketTable());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        setCenter(split);
        model.sliceProperty().addListener((obs, old, slice) -> refreshLegend(slice));
    }

    private ToolBar createToolbar() {
        Button all = button("timeline-all", "All", "Show the whole case", model::showAll);
        Button out = button("timeline-zoom-out", "−", "Zoom out (or scroll down)", model::zoomOut);
        Button in = button("timeline-zoom-in", "+", "Zoom in (or scroll up)", model::zoomIn);
        Button back = button("timeline-pan-back", "◀", "Earlier", () -> model.pan(-0.5));
        Button forward = button("timeline-pan-forward", "▶", "Later", () -> model.pan(0.5));
        Label drill = new Label();
        drill.setId("timeline-drill");
        drill.textProperty().bind(model.drillLabelProperty().map(l -> "Accounts of " + l).orElse("All campaigns"));
        Button up = button("timeline-drill-up", "Back to campaigns", "Stack by campaign again", model::drillUp);
        up.disableProperty().bind(model.drillLabelProperty().isNull());
        Button drillSelected = button("timeline-drill-campaign", "By account",
                "Stack the selected campaign by account (or double-click its band)",
                () -> model.drillIntoCampaign(model.selection().campaign()));
        drillSelected.disableProperty().bind(model.selection().campaignProperty().isNull());
        Button zoomBrush = button("timeline-zoom-brush", "Zoom to brush", "Show the brushed window",
                model::zoomToBrush);
        Button clearBrush = button("timeline-clear-brush", "Clear brush", "Forget the brushed window",
                model::clearBrush);
        Button exchanges = button("timeline-brush-exchanges", "Exchanges…", "List the brushed window's exchanges",
                model::showBrushedExchanges);
        for (Button b : new Button[] {zoomBrush, clearBrush, exchanges}) {
            b.disableProperty().bind(model.selection().windowProperty().isNull());
        }
        return new ToolBar(all, out, in, back, forward, new Separator(), drill, drillSelected, up, new Separator(),
                zoomBrush, clearBrush, exchanges);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox createBucketTable() {
        Label title = new Label("Click a bar to list its exchanges");
        title.setId("timeline-bucket-title");
        title.textProperty().bind(model.bucketTitleProperty().orElse("Click a bar to list its exchanges"));
        TableView<ExchangeRow> table = new TableView<>(model.bucketExchanges());
        table.setId("timeline-bucket-table");
        table.getColumns().add(column("Time (UTC)", r -> Instant.ofEpochMilli(r.ts()).toString(), 190));
        table.getColumns().add(column("Account", ExchangeRow::account, 150));
        table.getColumns().add(column("Model", ExchangeRow::model, 120));
        table.getColumns().add(column("In", ExchangeRow::tokensIn, 60));
        table.getColumns().add(column("Out", ExchangeRow::tokensOut, 60));
        table.getColumns().add(column("Status", ExchangeRow::status, 60));
        table.getColumns().add(column("Source", r -> r.sourceFile() + ":" + r.sourceLine(), 260));
        table.setPlaceholder(new Label("No bucket opened"));
        VBox box = new VBox(4, title, table);
        box.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<ExchangeRow, T> column(String name, Function<ExchangeRow, T> value, double width) {
        TableColumn<ExchangeRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void refreshLegend(TimelineSlice slice) {
        legend.getChildren().clear();
        if (slice == null) {
            return;
        }
        for (Series s : slice.series()) {
            Label item = new Label(s.label(), new Rectangle(10, 10, Color.web(s.colour())));
            item.setAlignment(Pos.CENTER_LEFT);
            item.getStyleClass().add("timeline-legend-item");
            if (s.key() != null && model.drillLabelProperty().get() == null) {
                item.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2) {
                        model.drillIntoCampaign(s.key());
                    } else {
                        model.selection().selectCampaign(s.key());
                    }
                });
            }
            legend.getChildren().add(item);
        }
    }

    /** The chart node (tests click and scroll on it). */
    Region chart() {
        return canvas;
    }

}
