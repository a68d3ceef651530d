package dev.retort.views.exchanges;

import dev.retort.views.common.CaseContext;
import dev.retort.views.dossier.DossierActions;
import dev.retort.views.selection.CaseSelection;
import dev.retort.views.shell.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The exchanges place: the exchanges of the current cross-view selection (accounts, else campaign; time window;
 * indicator), narrowed by a full-text search, and the selected exchange in full with its provenance. Queries run only
 * while the place is shown (a click in another view does not start a search nobody looks at). Holds no nodes.
 */
public final class ExchangesViewModel {

    /** Most rows one search returns; the view says when there were more. */
    public static final int LIMIT = 2_000;

    private final CaseContext context;
    private final ObservableList<ExchangeRow> rows = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("All exchanges");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ExchangeRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ExchangeDetail> detail = new ReadOnlyObjectWrapper<>();
    private boolean stale = true;
    private long generation;

    public ExchangesViewModel(CaseContext context) {
        this.context = context;
        CaseSelection s = context.selection();
        for (Observable o : List.of(s.accounts(), s.campaignProperty(), s.windowProperty(), s.indicatorProperty(),
                context.revisionProperty(), context.openCaseProperty())) {
            o.addListener(x -> refreshSoon());
        }
        context.placeProperty().addListener((o, old, now) -> {
            if (now == Place.EXCHANGES && stale) {
                search();
            }
        });
        selected.addListener((o, old, row) -> loadDetail(row));
    }

    private void refreshSoon() {
        stale = true;
        scope.set(describe(filter()));
        if (context.placeProperty().get() == Place.EXCHANGES) {
            search();
        }
    }

    /** The filter the current selection and search text make. */
    public ExchangeFilter filter() {
        CaseSelection s = context.selection();
        return new ExchangeFilter(s.accounts(), s.accounts().isEmpty() ? s.campaign() : null, s.window(),
                s.indicator(), searchText.get());
    }

    /** Runs the search now (in the background). */
    public void search() {
        stale = false;
        ExchangeFilter f = filter();
        scope.set(describe(f));
        if (context.caseFile() == null) {
            rows.clear();
            summary.set("");
            return;
        }
        long mine = ++generation;
        summary.set("Searching…");
        context.read("Finding exchanges", conn -> ExchangesQuery.search(conn, f, LIMIT), page -> {
            if (mine != generation) {
                return; // a newer search was started; its result wins
            }
            rows.setAll(page.rows());
            summary.set(page.more()
                    ? String.format(Locale.ROOT, "first %,d exchanges (more match; narrow the search)", page.rows().size())
                    : String.format(Locale.ROOT, "%,d exchanges", page.rows().size()));
        });
    }

    private void loadDetail(ExchangeRow row) {
        if (row == null) {
            detail.set(null);
            return;
        }
        context.read("Reading exchange #" + row.id(), conn -> ExchangesQuery.detail(conn, row.id()), d -> {
            if (selected.get() == row) {
                detail.set(d);
            }
        });
    }

    /** Forgets the cross-view selection, so the table shows the whole case (with the search text). */
    public void clearScope() {
        context.selection().clear();
    }

    /** Adds an exemplar-exchanges section with these exchanges to the dossier. */
    public void addToDossier(List<Long> exchangeIds) {
        new DossierActions(context).addExchanges(List.copyOf(exchangeIds));
    }

    static String describe(ExchangeFilter f) {
        List<String> parts = new ArrayList<>();
        if (!f.accounts().isEmpty()) {
            parts.add(f.accounts().size() == 1 ? "account " + f.accounts().get(0) : f.accounts().size() + " accounts");
        } else if (f.campaign() != null) {
            parts.add("campaign " + f.campaign());
        }
        if (f.window() != null) {
            parts.add(f.window().toString());
        }
        if (f.indicator() != null) {
            parts.add(f.indicator().toString());
        }
        return parts.isEmpty() ? "All exchanges" : "Exchanges of " + String.join(" · ", parts);
    }

    public ObservableList<ExchangeRow> rows() {
        return rows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<ExchangeRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ExchangeDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public CaseContext context() {
        return context;
    }
}
