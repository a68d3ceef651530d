package dev.retort.views.network;

import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.IndicatorKind;
import dev.retort.store.CaseFile;
import dev.retort.views.network.NetworkComposer.Expansion;
import dev.retort.views.common.CaseContext;
import dev.retort.views.selection.CaseSelection;
import dev.retort.views.shell.Place;
import dev.retort.views.task.UiTaskExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * State and commands of the network: the picture to draw (campaign overview plus expanded campaigns), the filters,
 * the inspected node, and pivots to the exchanges and the timeline through the shared selection. Loading, layout and
 * inspection run on the task executor; a newer request makes older answers stale. Holds no nodes.
 */
public final class NetworkViewModel {
    private final CaseContext context;
    private final UiTaskExecutor tasks;
    private final CaseSelection selection;
    private final ReadOnlyObjectWrapper<NetworkPicture> picture = new ReadOnlyObjectWrapper<>(NetworkPicture.EMPTY);
    private final ReadOnlyObjectWrapper<Inspection> inspection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No case open");
    private final ReadOnlyDoubleWrapper computeMillis = new ReadOnlyDoubleWrapper();
    private final DoubleProperty minScore = new SimpleDoubleProperty(0);
    private final ObjectProperty<String> campaignFilter = new SimpleObjectProperty<>();
    private final ObservableSet<IndicatorKind> kinds = FXCollections.observableSet(EnumSet.allOf(IndicatorKind.class));
    private final ObservableList<String> campaigns = FXCollections.observableArrayList();
    private final ObservableSet<String> expanded = FXCollections.observableSet(new java.util.LinkedHashSet<>());

    private CaseFile caseFile;
    private NetworkData data;
    private Map<String, Expansion> expansions = new HashMap<>();
    private NetworkFilter expansionsFilter;
    private long generation;
    private long pictureGeneration;
    private long inspectGeneration;

    public NetworkViewModel(CaseContext context) {
        this.context = context;
        this.tasks = context.tasks();
        this.selection = context.selection();
        context.openCaseProperty().addListener((obs, old, opened) -> caseChanged(opened));
        // An import or an analysis changed the data: load it again.
        context.revisionProperty().addListener(o -> caseChanged(context.caseFile()));
        minScore.addListener(o -> recompute());
        campaignFilter.addListener(o -> recompute());
        kinds.addListener((SetChangeListener<IndicatorKind>) c -> recompute());
        if (context.caseFile() != null) {
            caseChanged(context.caseFile());
        }
    }

    private void caseChanged(CaseFile opened) {
        long gen = ++generation;
        ++pictureGeneration;
        caseFile = opened;
        data = null;
        expansions = new HashMap<>();
        expanded.clear();
        campaigns.clear();
        inspection.set(null);
        picture.set(NetworkPicture.EMPTY);
        if (opened == null) {
            status.set("No case open");
            return;
        }
        status.set("Loading the network…");
        NetworkFilter filter = filter();
        tasks.submit("Loading the network", p -> {
            long t0 = System.nanoTime();
            NetworkData loaded;
            try (Connection reader = opened.openReader()) {
                loaded = NetworkData.load(opened.path(), reader, p);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close the network's reader: " + e.getMessage(), e);
            }
            NetworkPicture first = NetworkComposer.compose(loaded, filter, Map.of());
            return new Composed(loaded, Map.of(), filter, first, (System.nanoTime() - t0) / 1e6);
        }, composed -> {
            if (gen != generation) {
                return;
            }
            data = composed.data();
            campaigns.setAll(data.campaigns().stream().map(CampaignResult::id).toList());
            show(composed);
            if (!data.analysed()) {
                status.set("No analysis yet: run the analysis to see campaigns and their links");
            }
        }, this::fail);
    }

    private record Composed(NetworkData data, Map<String, Expansion> expansions, NetworkFilter filter,
                            NetworkPicture picture, double millis) {
    }

    /** The filter the controls describe now. */
    public NetworkFilter filter() {
        return new NetworkFilter(minScore.get(), campaignFilter.get(), kinds, NetworkFilter.DEFAULT_MAX_MEMBERS);
    }

    // ---- expansion ----

    /** Shows a campaign's members and their shared indicators instead of its one node. */
    public void expand(String campaignId) {
        if (data == null || data.campaign(campaignId) == null || expanded.contains(campaignId)) {
            return;
        }
        expanded.add(campaignId);
        recompute();
    }

    /** Folds a campaign back into one node. */
    public void collapse(String campaignId) {
        if (expanded.remove(campaignId)) {
            recompute();
        }
    }

    public void collapseAll() {
        if (!expanded.isEmpty()) {
            expanded.clear();
            recompute();
        }
    }

    /** Expands a collapsed campaign, collapses the campaign of an expanded member. */
    public void toggle(String nodeId) {
        GraphNode node = picture.get().node(nodeId);
        if (node == null || node.campaign() == null) {
            return;
        }
        if (node.type() == GraphNode.Type.CAMPAIGN) {
            expand(node.campaign());
        } else if (node.type() == GraphNode.Type.ACCOUNT || node.type() == GraphNode.Type.MORE) {
            collapse(node.campaign());
        }
    }

    private void recompute() {
        NetworkData d = data;
        if (d == null) {
            return;
        }
        long gen = ++pictureGeneration;
        NetworkFilter filter = filter();
        boolean reuse = filter.equals(expansionsFilter) || sameExpansionInputs(filter, expansionsFilter);
        Map<String, Expansion> known = reuse ? Map.copyOf(expansions) : Map.of();
        List<String> wanted = List.copyOf(expanded);
        status.set("Laying out…");
        tasks.submit("Laying out the network", p -> {
            long t0 = System.nanoTime();
            Map<String, Expansion> result = new LinkedHashMap<>();
            for (String c : wanted) {
                Expansion e = known.get(c);
                result.put(c, e != null ? e : NetworkComposer.expand(d, c, filter, p));
            }
            NetworkPicture next = NetworkComposer.compose(d, filter, result);
            return new Composed(d, result, filter, next, (System.nanoTime() - t0) / 1e6);
        }, composed -> {
            if (gen == pictureGeneration && composed.data() == data) {
                show(composed);
            }
        }, this::fail);
    }

    private static boolean sameExpansionInputs(NetworkFilter a, NetworkFilter b) {
        return b != null && a.minScore() == b.minScore() && a.kinds().equals(b.kinds())
                && a.maxMembers() == b.maxMembers();
    }

    private void show(Composed composed) {
        expansions = new HashMap<>(composed.expansions());
        expansionsFilter = composed.filter();
        computeMillis.set(composed.millis());
        picture.set(composed.picture());
        NetworkPicture p = composed.picture();
        status.set(String.format("%d campaigns · %d accounts · %d indicators%s · %.0f ms",
                p.count(GraphNode.Type.CAMPAIGN) + expanded.size(), p.count(GraphNode.Type.ACCOUNT),
                p.count(GraphNode.Type.INDICATOR),
                p.hiddenMembers() > 0 ? " · " + p.hiddenMembers() + " members not drawn" : "", composed.millis()));
    }

    // ---- inspection and pivots ----

    /** Inspects a node (null clears) and selects what it stands for in the shared selection's campaign. */
    public void select(String nodeId) {
        GraphNode node = nodeId == null ? null : picture.get().node(nodeId);
        long gen = ++inspectGeneration;
        if (node == null || data == null) {
            inspection.set(null);
            return;
        }
        if (node.campaign() != null) {
            selection.selectCampaign(node.campaign());
        }
        NetworkData d = data;
        CaseFile file = caseFile;
        tasks.submit("Inspecting " + node.label(), p -> {
            try (Connection reader = file.openReader()) {
                return Inspector.inspect(d, node, reader);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close the inspector's reader: " + e.getMessage(), e);
            }
        }, result -> {
            if (gen == inspectGeneration) {
                inspection.set(result);
            }
        }, this::fail);
    }

    /** Selects the inspected node's campaign, accounts or shared value and opens the exchanges. */
    public void showExchanges() {
        pivot(Place.EXCHANGES);
    }

    /** Selects the inspected node's campaign or accounts and opens the timeline (which drills into them). */
    public void showTimeline() {
        pivot(Place.TIMELINE);
    }

    private void pivot(Place place) {
        Inspection i = inspection.get();
        if (i == null) {
            return;
        }
        selection.selectCampaign(i.campaign());
        selection.selectIndicator(i.indicator());
        selection.selectAccounts(i.type() == GraphNode.Type.ACCOUNT || i.type() == GraphNode.Type.INDICATOR
                ? i.accounts() : List.of());
        context.show(place);
    }

    private void fail(Throwable error) {
        status.set("Network: " + (error.getMessage() != null ? error.getMessage() : error));
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<NetworkPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Inspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Background time of the last load, expansion or filter change, in milliseconds. */
    public ReadOnlyDoubleProperty computeMillisProperty() {
        return computeMillis.getReadOnlyProperty();
    }

    /** Campaigns and accounts below this score are hidden. */
    public DoubleProperty minScoreProperty() {
        return minScore;
    }

    /** Only this campaign, or null for all. */
    public ObjectProperty<String> campaignFilterProperty() {
        return campaignFilter;
    }

    /** Indicator kinds drawn. */
    public ObservableSet<IndicatorKind> kinds() {
        return kinds;
    }

    /** Campaign ids of the latest analysis, highest score first (for the campaign filter). */
    public ObservableList<String> campaigns() {
        return campaigns;
    }

    /** Campaigns shown as their members. */
    public ObservableSet<String> expanded() {
        return expanded;
    }

    public CaseSelection selection() {
        return selection;
    }
}
