package dev.retort.views.timeline;

import dev.retort.store.CaseFile;
import dev.retort.views.common.CaseContext;
import dev.retort.views.selection.CaseSelection;
import dev.retort.views.selection.TimeWindow;
import dev.retort.views.shell.Place;
import dev.retort.views.task.UiTaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State and commands of the timeline: the visible window and its slice, the drill-down, the markers, the brush
 * (the shared selection's time window) and the exchanges of a clicked bucket. Every query runs on the task executor;
 * a newer request makes older answers stale, so only the latest one is shown. Holds no nodes.
 */
public final class TimelineViewModel {
    static final int BUCKET_LIST_LIMIT = 500;
    private static final long MIN_WIDTH_MS = 10 * 60_000L;

    private final CaseContext context;
    private final UiTaskExecutor tasks;
    private final CaseSelection selection;
    private final ReadOnlyObjectWrapper<TimelineSlice> slice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimeWindow> extent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper drillLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No case open");
    private final ReadOnlyStringWrapper bucketTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<Marker> markers = FXCollections.observableArrayList();
    private final ObservableList<ExchangeRow> bucketExchanges = FXCollections.observableArrayList();

    private TimelineSource source;
    private HourlyCube overview;
    private HourlyCube cube;
    private long generation;
    private long sliceGeneration;
    private boolean drilledBySelection;

    public TimelineViewModel(CaseContext context) {
        this.context = context;
        this.tasks = context.tasks();
        this.selection = context.selection();
        context.openCaseProperty().addListener((obs, old, opened) -> caseChanged(opened));
        // An import or an analysis changed the data: load it again.
        context.revisionProperty().addListener(o -> caseChanged(context.caseFile()));
        selection.accounts().addListener((ListChangeListener<String>) c -> accountsSelected());
        if (context.caseFile() != null) {
            caseChanged(context.caseFile());
        }
    }

    private void caseChanged(CaseFile opened) {
        long gen = ++generation;
        TimelineSource previous = source;
        source = null;
        overview = null;
        cube = null;
        slice.set(null);
        markers.clear();
        bucketExchanges.clear();
        drillLabel.set(null);
        if (previous != null) {
            tasks.submit("Closing the timeline", p -> {
                previous.close();
                return previous;
            }, x -> { }, this::fail);
        }
        if (opened == null) {
            status.set("No case open");
            return;
        }
        loading.set(true);
        status.set("Loading the timeline…");
        tasks.submit("Loading the timeline", p -> {
            TimelineSource s = TimelineSource.open(opened);
            HourlyCube c = s.overview();
            TimelineSlice first = c.isEmpty() ? null : s.slice(c, c.startMs(), c.endMs());
            return new Loaded(s, c, first);
        }, loaded -> {
            if (gen != generation) {
                loaded.source().close();
                return;
            }
            source = loaded.source();
            overview = loaded.cube();
            cube = overview;
            loading.set(false);
            if (overview.isEmpty()) {
                status.set("The case has no exchanges yet");
                return;
            }
            extent.set(new TimeWindow(overview.startMs(), overview.endMs()));
            window.set(extent.get());
            show(loaded.first());
            loadMarkers(gen);
            if (!selection.accounts().isEmpty()) {
                accountsSelected();
            }
        }, this::fail);
    }

    private record Loaded(TimelineSource source, HourlyCube cube, TimelineSlice first) {
    }

    private void loadMarkers(long gen) {
        TimelineSource s = source;
        tasks.submit("Finding model releases", p -> s.markers(), found -> {
            if (gen == generation) {
                markers.setAll(found);
            }
        }, this::fail);
    }

    // ---- zoom and pan ----

    /** Shows {@code [from, to)}, clamped to the case and to at least ten minutes. */
    public void showWindow(long from, long to) {
        if (cube == null) {
            return;
        }
        TimeWindow all = extent.get();
        long width = Math.max(MIN_WIDTH_MS, Math.min(to - from, all.durationMs()));
        long start = Math.max(all.startMs(), Math.min(from, all.endMs() - width));
        window.set(new TimeWindow(start, start + width));
        refresh();
    }

    /** Zooms by {@code factor} (&lt; 1 zooms in) keeping {@code centreMs} where it is on screen. */
    public void zoomAt(double factor, long centreMs) {
        TimeWindow w = window.get();
        if (w == null) {
            return;
        }
        double left = (centreMs - w.startMs()) * factor;
        double right = (w.endMs() - centreMs) * factor;
        showWindow(centreMs - Math.round(left), centreMs + Math.round(right));
    }

    public void zoomIn() {
        TimeWindow w = window.get();
        if (w != null) {
            zoomAt(0.5, w.startMs() + w.durationMs() / 2);
        }
    }

    public void zoomOut() {
        TimeWindow w = window.get();
        if (w != null) {
            zoomAt(2.0, w.startMs() + w.durationMs() / 2);
        }
    }

    /** Moves the window by a fraction of its width (negative: back in time). */
    public void pan(double fraction) {
        TimeWindow w = window.get();
        if (w != null) {
            long shift = Math.round(w.durationMs() * fraction);
            showWindow(w.startMs() + shift, w.endMs() + shift);
        }
    }

    public void showAll() {
        if (extent.get() != null) {
            showWindow(extent.get().startMs(), extent.get().endMs());
        }
    }

    private void refresh() {
        TimelineSource s = source;
        HourlyCube c = cube;
        TimeWindow w = window.get();
        if (s == null || c == null || w == null) {
            return;
        }
        long gen = ++sliceGeneration;
        loading.set(true);
        tasks.submit("Timeline query", p -> s.slice(c, w.startMs(), w.endMs()), result -> {
            if (gen == sliceGeneration && c == cube) {
                show(result);
            }
        }, this::fail);
    }

    private void show(TimelineSlice result) {
        loading.set(false);
        slice.set(result);
        if (result != null) {
            status.set(String.format("%s buckets from %s · %,d exchanges · query %.0f ms",
                    Resolution.describe(result.bucketMs()), result.fromExchanges() ? "exchanges" : "hourly rollups",
                    result.total(), result.queryMillis()));
        }
    }

    // ---- brush ----

    /** Selects {@code [from, to)} as the case's time window (seen by every view). */
    public void brush(long from, long to) {
        if (to > from) {
            selection.selectWindow(new TimeWindow(from, to));
        }
    }

    public void clearBrush() {
        selection.selectWindow(null);
    }

    public void zoomToBrush() {
        TimeWindow b = selection.window();
        if (b != null) {
            showWindow(b.startMs(), b.endMs());
        }
    }

    /** Opens the exchanges view on the brushed window. */
    public void showBrushedExchanges() {
        context.show(Place.EXCHANGES);
    }

    // ---- drill-down ----

    /** Stacks the members of a campaign by account. */
    public void drillIntoCampaign(String campaignId) {
        if (source == null) {
            return;
        }
        List<dev.retort.analysis.CampaignResult> campaigns = source.campaigns();
        for (int band = 0; band < campaigns.size(); band++) {
            dev.retort.analysis.CampaignResult c = campaigns.get(band);
            if (c.id().equals(campaignId)) {
                selection.selectCampaign(c.id());
                HourlyCube whole = overview;
                int b = band;
                drill(c.id(), false, s -> s.drillCampaign(whole, b, c.accounts(), "Other members"));
                return;
            }
        }
    }

    /** Stacks the given accounts. */
    public void drillIntoAccounts(List<String> accounts, String label) {
        drill(label, false, s -> s.drill(accounts, "Other accounts"));
    }

    /** Back to the whole case stacked by campaign. */
    public void drillUp() {
        if (overview == null || cube == overview) {
            return;
        }
        cube = overview;
        drilledBySelection = false;
        drillLabel.set(null);
        refresh();
    }

    private void drill(String label, boolean bySelection,
                       java.util.function.Function<TimelineSource, HourlyCube> build) {
        TimelineSource s = source;
        if (s == null) {
            return;
        }
        long gen = ++sliceGeneration;
        TimeWindow w = window.get();
        loading.set(true);
        tasks.submit("Timeline drill-down", p -> {
            HourlyCube drilled = build.apply(s);
            return new Loaded(s, drilled, s.slice(drilled, w.startMs(), w.endMs()));
        }, loaded -> {
            if (gen != sliceGeneration || s != source) {
                return;
            }
            cube = loaded.cube();
            drilledBySelection = bySelection;
            drillLabel.set(label);
            show(loaded.first());
        }, this::fail);
    }

    private void accountsSelected() {
        List<String> chosen = List.copyOf(selection.accounts());
        if (!chosen.isEmpty()) {
            String label = chosen.size() == 1 ? chosen.get(0) : chosen.size() + " selected accounts";
            drill(label, true, s -> s.drill(chosen, "Other accounts"));
        } else if (drilledBySelection) {
            drillUp();
        }
    }

    // ---- buckets ----

    /** Lists the exchanges of one bucket, restricted to one series when it stands for definite accounts. */
    public void openBucket(int bucket, int seriesIndex) {
        TimelineSlice current = slice.get();
        TimelineSource s = source;
        HourlyCube c = cube;
        if (current == null || s == null || bucket < 0 || bucket >= current.buckets()) {
            return;
        }
        long from = current.bucketStart(bucket);
        long to = from + current.bucketMs();
        Series series = seriesIndex >= 0 && seriesIndex < current.series().size()
                ? current.series().get(seriesIndex) : null;
        List<String> only = series != null && !series.accounts().isEmpty() ? series.accounts()
                : c.onlyAccounts() == null ? null
                : c.onlyAccounts().stream().map(id -> s.accounts().name(id)).toList();
        String what = series == null ? "all series" : series.label();
        tasks.submit("Listing exchanges", p -> s.exchanges(from, to, only, BUCKET_LIST_LIMIT), rows -> {
            bucketExchanges.setAll(rows);
            bucketTitle.set(String.format("%d exchanges from %s, %s (%s bucket)%s", rows.size(),
                    java.time.Instant.ofEpochMilli(from), what, Resolution.describe(current.bucketMs()),
                    rows.size() == BUCKET_LIST_LIMIT ? " — first " + BUCKET_LIST_LIMIT + " shown" : ""));
        }, this::fail);
    }

    private void fail(Throwable error) {
        loading.set(false);
        status.set("Timeline: " + (error.getMessage() != null ? error.getMessage() : error));
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<TimelineSlice> sliceProperty() {
        return slice.getReadOnlyProperty();
    }

    /** The window on screen. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    /** From the first to the last hour with exchanges. */
    public ReadOnlyObjectProperty<TimeWindow> extentProperty() {
        return extent.getReadOnlyProperty();
    }

    /** What the drill-down shows (a campaign id, an account, "3 selected accounts"), or null for the overview. */
    public ReadOnlyStringProperty drillLabelProperty() {
        return drillLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bucketTitleProperty() {
        return bucketTitle.getReadOnlyProperty();
    }

    /** True while a query for this view runs. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Marker> markers() {
        return markers;
    }

    public ObservableList<ExchangeRow> bucketExchanges() {
        return bucketExchanges;
    }

    public CaseSelection selection() {
        return selection;
    }
}
