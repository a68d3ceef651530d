package dev.retort.views.timeline;

import dev.retort.views.selection.TimeWindow;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the stacked bars, the campaign windows, the model releases and the brush on one canvas. Scroll zooms around
 * the pointer, a drag brushes a window, a click opens the bucket under the pointer, a double click on a campaign's
 * band drills into it. Drawing a slice is a few hundred rectangles: it never queries anything.
 */
final class TimelineCanvas extends Pane {
    static final double MARKER_ROW = 7;
    static final double AXIS = 22;
    private static final double DRAG_THRESHOLD = 4;

    private final TimelineViewModel model;
    private final Canvas canvas = new Canvas();
    private double pressX = Double.NaN;
    private double dragX = Double.NaN;

    TimelineCanvas(TimelineViewModel model) {
        this.model = model;
        setId("timeline-canvas");
        getStyleClass().add("timeline-canvas");
        setMinSize(200, 120);
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        model.sliceProperty().addListener(o -> redraw());
        model.windowProperty().addListener(o -> redraw());
        model.markers().addListener((javafx.collections.ListChangeListener<Marker>) c -> redraw());
        model.drillLabelProperty().addListener(o -> redraw());
        model.selection().windowProperty().addListener(o -> redraw());
        model.selection().campaignProperty().addListener(o -> redraw());
        model.selection().accounts().addListener((javafx.collections.ListChangeListener<String>) c -> redraw());
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            dragX = Double.NaN;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!Double.isNaN(pressX) && Math.abs(e.getX() - pressX) > DRAG_THRESHOLD) {
                dragX = e.getX();
                redraw();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
    }

    private TimeAxis axis() {
        TimeWindow w = model.windowProperty().get();
        return w == null || getWidth() <= 0 ? null : new TimeAxis(w.startMs(), w.endMs(), getWidth());
    }

    private double markerHeight() {
        long rows = model.markers().stream().filter(m -> m.kind() == Marker.Kind.CAMPAIGN_WINDOW).count();
        return Math.min(rows, 10) * MARKER_ROW + 14;
    }

    private void onScroll(ScrollEvent e) {
        TimeAxis axis = axis();
        if (axis != null && e.getDeltaY() != 0) {
            model.zoomAt(e.getDeltaY() > 0 ? 0.8 : 1.25, axis.time(e.getX()));
            e.consume();
        }
    }

    private void onRelease(MouseEvent e) {
        TimeAxis axis = axis();
        double from = pressX;
        pressX = Double.NaN;
        if (axis == null || Double.isNaN(from) || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!Double.isNaN(dragX)) {
            double a = Math.max(0, Math.min(from, e.getX()));
            double b = Math.min(getWidth(), Math.max(from, e.getX()));
            dragX = Double.NaN;
            model.brush(axis.time(a), axis.time(b));
            redraw();
            return;
        }
        TimelineSlice slice = model.sliceProperty().get();
        if (slice == null) {
            return;
        }
        int bucket = slice.bucketAt(axis.time(e.getX()));
        int series = seriesAt(slice, bucket, e.getY());
        if (e.getClickCount() == 2 && series >= 0 && model.drillLabelProperty().get() == null) {
            String key = slice.series().get(series).key();
            if (key != null) {
                model.drillIntoCampaign(key);
                return;
            }
        }
        model.openBucket(bucket, series);
    }

    /** The series whose band covers height {@code y} in {@code bucket}, or -1. */
    int seriesAt(TimelineSlice slice, int bucket, double y) {
        if (bucket < 0) {
            return -1;
        }
        double top = markerHeight();
        double plot = getHeight() - AXIS - top;
        long max = Math.max(1, slice.maxTotal());
        double base = getHeight() - AXIS;
        for (int s = 0; s < slice.series().size(); s++) {
            double h = slice.counts()[s][bucket] * plot / max;
            if (y <= base && y >= base - h) {
                return s;
            }
            base -= h;
        }
        return -1;
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        TimeAxis axis = axis();
        TimelineSlice slice = model.sliceProperty().get();
        if (axis == null || slice == null) {
            return;
        }
        double top = markerHeight();
        drawBars(g, axis, slice, top, h - AXIS);
        drawCampaignWindows(g, axis);
        drawReleases(g, axis, top, h - AXIS);
        drawBrush(g, axis, top, h - AXIS);
        drawAxis(g, axis, h);
    }

    private void drawBars(GraphicsContext g, TimeAxis axis, TimelineSlice slice, double top, double bottom) {
        long max = Math.max(1, slice.maxTotal());
        double plot = bottom - top;
        // The overview lights the selected campaign; a drill-down (bands are accounts) lights the selected accounts.
        boolean drilled = model.drillLabelProperty().get() != null;
        String highlight = drilled ? null : model.selection().campaign();
        List<String> accounts = model.selection().accounts();
        List<Series> series = slice.series();
        for (int b = 0; b < slice.buckets(); b++) {
            double x0 = axis.x(slice.bucketStart(b));
            double x1 = axis.x(slice.bucketStart(b + 1));
            double bw = Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
            double base = bottom;
            for (int s = 0; s < series.size(); s++) {
                long n = slice.counts()[s][b];
                if (n == 0) {
                    continue;
                }
                double bh = n * plot / max;
                Series band = series.get(s);
                boolean lit = (highlight == null && accounts.isEmpty()) || (band.key() != null
                        && (band.key().equals(highlight) || accounts.contains(band.key())));
                Color colour = Color.web(band.colour());
                g.setFill(lit ? colour : colour.deriveColor(0, 0.4, 1.2, 0.45));
                g.fillRect(x0, base - bh, bw, bh);
                base -= bh;
            }
        }
    }

    private void drawCampaignWindows(GraphicsContext g, TimeAxis axis) {
        int row = 0;
        for (Marker m : model.markers()) {
            if (m.kind() != Marker.Kind.CAMPAIGN_WINDOW || row >= 10) {
                continue;
            }
            double y = 2 + row * MARKER_ROW;
            double x0 = Math.max(0, axis.x(m.startMs()));
            double x1 = Math.min(getWidth(), axis.x(m.endMs()));
            if (x1 > x0) {
                g.setFill(Color.web(m.colour(), 0.8));
                g.fillRect(x0, y, Math.max(1, x1 - x0), MARKER_ROW - 2);
            }
            row++;
        }
    }

    private void drawReleases(GraphicsContext g, TimeAxis axis, double top, double bottom) {
        g.setLineDashes(4, 3);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (Marker m : model.markers()) {
            if (m.kind() != Marker.Kind.MODEL_RELEASE) {
                continue;
            }
            double x = axis.x(m.startMs());
            if (x < 0 || x > getWidth()) {
                continue;
            }
            g.setStroke(Color.web(m.colour()));
            g.strokeLine(x, top - 12, x, bottom);
            g.setFill(Color.web(m.colour()));
            g.fillText(m.label(), x + 3, top - 12);
        }
        g.setLineDashes();
    }

    private void drawBrush(GraphicsContext g, TimeAxis axis, double top, double bottom) {
        double a;
        double b;
        if (!Double.isNaN(dragX) && !Double.isNaN(pressX)) {
            a = Math.min(pressX, dragX);
            b = Math.max(pressX, dragX);
        } else if (model.selection().window() != null) {
            a = axis.x(model.selection().window().startMs());
            b = axis.x(model.selection().window().endMs());
        } else {
            return;
        }
        a = Math.max(0, a);
        b = Math.min(getWidth(), b);
        if (b > a) {
            g.setFill(Color.rgb(30, 90, 200, 0.15));
            g.fillRect(a, top, b - a, bottom - top);
            g.setStroke(Color.rgb(30, 90, 200, 0.8));
            g.strokeRect(a, top, b - a, bottom - top);
        }
    }

    private void drawAxis(GraphicsContext g, TimeAxis axis, double h) {
        g.setStroke(Color.GRAY);
        g.strokeLine(0, h - AXIS, getWidth(), h - AXIS);
        long step = axis.step(110);
        TimeWindow w = model.windowProperty().get();
        g.setFill(Color.DIMGRAY);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (long t = Math.floorDiv(w.startMs(), step) * step + step; t < w.endMs(); t += step) {
            double x = axis.x(t);
            g.strokeLine(x, h - AXIS, x, h - AXIS + 4);
            g.fillText(TimeAxis.label(t, step), x + 2, h - AXIS + 5);
        }
    }
}
