package dev.retort.views.accounts;

import dev.retort.store.workbench.Target;
import dev.retort.store.workbench.Workbench;
import dev.retort.views.common.CaseContext;
import dev.retort.views.dossier.DossierActions;
import dev.retort.views.shell.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The accounts table's state: all accounts of the case (loaded in the background), the filter (text, minimum score,
 * campaign, flagged only) and the commands on a selection (tag, select in other views, show exchanges, add to the
 * dossier). Holds no nodes.
 */
public final class AccountsViewModel {

    /** The campaign filter's value meaning "any campaign or none". */
    public static final String ANY_CAMPAIGN = "All accounts";

    /** The indicator filter's value meaning "shares anything or nothing". */
    public static final String ANY_INDICATOR = "Any indicator";

    private final CaseContext context;
    private final DossierActions dossier;
    private final ObservableList<AccountRow> all = FXCollections.observableArrayList();
    /** {@link #all} in the table's order (the order they were read in when no column sorts). */
    private List<AccountRow> sorted = List.of();
    private Comparator<AccountRow> order;
    private final ObservableList<AccountRow> visible = FXCollections.observableArrayList();
    private final ObservableList<String> campaigns = FXCollections.observableArrayList(ANY_CAMPAIGN);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final DoubleProperty minScore = new SimpleDoubleProperty(0);
    private final ObjectProperty<String> campaignFilter = new SimpleObjectProperty<>(ANY_CAMPAIGN);
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(false);
    private final javafx.beans.property.LongProperty minExchanges = new javafx.beans.property.SimpleLongProperty(0);
    private final javafx.beans.property.LongProperty maxAgeDays = new javafx.beans.property.SimpleLongProperty(-1);
    private final ObjectProperty<String> indicatorFilter = new SimpleObjectProperty<>(ANY_INDICATOR);
    private final ObservableList<String> indicatorKinds = FXCollections.observableArrayList(ANY_INDICATOR);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private boolean replacing;

    public AccountsViewModel(CaseContext context) {
        this.context = context;
        this.dossier = new DossierActions(context);
        filterText.addListener((o, a, b) -> refilter());
        minScore.addListener((o, a, b) -> refilter());
        campaignFilter.addListener((o, a, b) -> {
            refilter();
            if (b != null && !ANY_CAMPAIGN.equals(b)) {
                context.selection().selectCampaign(b); // picking a campaign here highlights it in the other views
            }
        });
        flaggedOnly.addListener((o, a, b) -> refilter());
        minExchanges.addListener((o, a, b) -> refilter());
        maxAgeDays.addListener((o, a, b) -> refilter());
        indicatorFilter.addListener((o, a, b) -> refilter());
        context.openCaseProperty().addListener((o, old, now) -> reload());
        context.revisionProperty().addListener((o, old, now) -> reload());
        context.workbenchRevisionProperty().addListener((o, old, now) -> reload()); // the tags column
        reload();
    }

    /** Reads the accounts again from the case, in the background. */
    public void reload() {
        if (context.caseFile() == null) {
            all.clear();
            sorted = List.of();
            campaigns.setAll(ANY_CAMPAIGN);
            refilter();
            return;
        }
        loading.set(true);
        Comparator<AccountRow> sortedBy = order;
        context.read("Loading accounts", c -> Loaded.of(AccountsQuery.load(c), sortedBy), loaded -> {
            replacing = true; // one refilter at the end, not one per property the reload touches
            try {
                String keep = campaignFilter.get();
                all.setAll(loaded.rows());
                sorted = sortedBy == order ? loaded.sorted() : sort(loaded.rows(), order);
                campaigns.setAll(ANY_CAMPAIGN);
                campaigns.addAll(loaded.campaigns());
                campaignFilter.set(campaigns.contains(keep) ? keep : ANY_CAMPAIGN);
                String keepKind = indicatorFilter.get();
                indicatorKinds.setAll(ANY_INDICATOR);
                indicatorKinds.addAll(loaded.kinds());
                indicatorFilter.set(indicatorKinds.contains(keepKind) ? keepKind : ANY_INDICATOR);
            } finally {
                replacing = false;
            }
            refilter();
            loading.set(false); // last: the view restores its selection when this turns false
        });
    }

    /** What a load hands the FX thread: the rows as read, sorted, and the filters' choices, all made in the background. */
    private record Loaded(List<AccountRow> rows, List<AccountRow> sorted, List<String> campaigns, List<String> kinds) {
        static Loaded of(List<AccountRow> rows, Comparator<AccountRow> order) {
            return new Loaded(rows, sort(rows, order),
                    rows.stream().map(AccountRow::campaign).filter(c -> c != null).distinct().sorted().toList(),
                    rows.stream().flatMap(r -> r.indicators().stream()).distinct().sorted().toList());
        }
    }

    private static List<AccountRow> sort(List<AccountRow> rows, Comparator<AccountRow> order) {
        if (order == null) {
            return List.copyOf(rows);
        }
        List<AccountRow> out = new ArrayList<>(rows);
        out.sort(order);
        return out;
    }

    /**
     * Orders the table's rows (null: the order they were read in, by account). The rows are kept in this order, so a
     * filter only picks from them and never sorts.
     */
    public void sortBy(Comparator<AccountRow> comparator) {
        order = comparator;
        sorted = sort(all, comparator);
        refilter();
    }

    private void refilter() {
        if (replacing) {
            return;
        }
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        double min = minScore.get();
        String campaign = campaignFilter.get();
        boolean flagged = flaggedOnly.get();
        long volume = minExchanges.get();
        long age = maxAgeDays.get();
        String kind = indicatorFilter.get();
        boolean anyKind = kind == null || ANY_INDICATOR.equals(kind);
        Predicate<AccountRow> p = r -> (needle.isEmpty() || r.matches(needle))
                && (min <= 0 || (r.score() != null && r.score() >= min))
                && (campaign == null || ANY_CAMPAIGN.equals(campaign) || campaign.equals(r.campaign()))
                && (!flagged || r.campaign() != null)
                && r.exchanges() >= volume
                && (age < 0 || (r.ageDays() >= 0 && r.ageDays() <= age))
                && (anyKind || r.indicators().contains(kind));
        List<AccountRow> shown = new ArrayList<>(sorted.size());
        for (AccountRow r : sorted) {
            if (p.test(r)) {
                shown.add(r);
            }
        }
        visible.setAll(shown);
        summary.set(String.format(Locale.ROOT, "%,d of %,d accounts", visible.size(), all.size()));
    }

    /** Makes {@code accounts} the selection of every view. */
    public void select(List<String> accounts) {
        context.selection().selectAccounts(accounts);
    }

    /** Selects the campaign of the first selected account that has one, so other views highlight it. */
    public void selectCampaignOf(List<AccountRow> rows) {
        rows.stream().map(AccountRow::campaign).filter(c -> c != null).findFirst()
                .ifPresent(c -> context.selection().selectCampaign(c));
    }

    /** Tags every given account (bulk tag); reloads when done. */
    public void tag(List<String> accounts, String tag) {
        if (accounts.isEmpty() || tag == null || tag.isBlank()) {
            return;
        }
        List<String> targets = List.copyOf(accounts);
        context.annotate("Tagging " + targets.size() + " accounts", c -> {
            Workbench wb = Workbench.of(c);
            int added = 0;
            for (String account : targets) {
                added += wb.tags().add(Target.account(account), tag) ? 1 : 0;
            }
            return added;
        }, added -> { });
    }

    /** Adds these accounts to the dossier (one section). */
    public void addToDossier(List<String> accounts) {
        dossier.addAccounts(List.copyOf(accounts));
    }

    /** Selects these accounts and switches to the Exchanges view. */
    public void showExchanges(List<String> accounts) {
        select(accounts);
        context.show(Place.EXCHANGES);
    }

    /** The rows the table shows: the accounts that pass the filter, in the order of {@link #sortBy}. */
    public ObservableList<AccountRow> visibleAccounts() {
        return visible;
    }

    public ObservableList<AccountRow> allAccounts() {
        return all;
    }

    public ObservableList<String> campaigns() {
        return campaigns;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public DoubleProperty minScoreProperty() {
        return minScore;
    }

    public ObjectProperty<String> campaignFilterProperty() {
        return campaignFilter;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    /** Only accounts with at least this many exchanges (0: no limit). */
    public javafx.beans.property.LongProperty minExchangesProperty() {
        return minExchanges;
    }

    /** Only accounts at most this many days old at their last exchange (-1: no limit). */
    public javafx.beans.property.LongProperty maxAgeDaysProperty() {
        return maxAgeDays;
    }

    /** Only accounts sharing this kind of indicator ({@link #ANY_INDICATOR}: no limit). */
    public ObjectProperty<String> indicatorFilterProperty() {
        return indicatorFilter;
    }

    public ObservableList<String> indicatorKinds() {
        return indicatorKinds;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public CaseContext context() {
        return context;
    }
}
