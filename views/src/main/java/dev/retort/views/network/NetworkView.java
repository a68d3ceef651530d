package dev.retort.views.network;

import dev.retort.analysis.IndicatorKind;
import dev.retort.views.common.Pulses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToolBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.view.Viewer;

/**
 * The Network place: filters on the left, the GraphStream link chart in the middle, the inspector on the right.
 * The graph lives on the FX thread (GRAPH_IN_GUI_THREAD) and only receives finished pictures: positions come from
 * {@link ForceLayout} in the background, GraphStream's own layout never runs (docs/decisions/0062-network-layout.md).
 */
public final class NetworkView extends BorderPane {
    static {
        System.setProperty("org.graphstream.ui", "javafx");
    }

    static final int ANTIALIAS_MAX_EDGES = 1_000;
    /** How much of a large change goes into the graph per pulse (ADR 0064). */
    static final int NODES_PER_PULSE = 150;
    static final int EDGES_PER_PULSE = 400;

    private final NetworkViewModel model;
    private final Graph graph = new MultiGraph("network", false, false, 2_000, 8_000);
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final VBox inspector = new VBox(6);
    private NetworkPicture shown = NetworkPicture.EMPTY;
    private int applying;

    public NetworkView(NetworkViewModel model) {
        this.model = model;
        setId("network-view");
        graph.setAttribute("ui.stylesheet", NetworkStyle.css());
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        panel = (FxViewPanel) viewer.addDefaultView(false);
        panel.setId("network-graph");
        panel.setMinSize(200, 200);
        panel.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        panel.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        setTop(createToolbar());
        setLeft(createFilters());
        setCenter(panel);
        inspector.setId("network-inspector");
        inspector.setPadding(new Insets(8));
        inspector.setPrefWidth(320);
        ScrollPane side = new ScrollPane(inspector);
        side.setFitToWidth(true);
        side.setPrefWidth(340);
        setRight(side);
        showInspection(null);
        model.pictureProperty().addListener((obs, old, picture) -> apply(picture));
        model.selection().campaignProperty().addListener(o -> restyle());
        model.inspectionProperty().addListener((obs, old, i) -> {
            showInspection(i);
            restyle();
        });
        apply(model.pictureProperty().get());
    }

    private ToolBar createToolbar() {
        Button fit = new Button("Fit");
        fit.setId("network-fit");
        fit.setOnAction(e -> panel.getCamera().resetView());
        Button collapse = new Button("Collapse all");
        collapse.setId("network-collapse-all");
        collapse.setOnAction(e -> model.collapseAll());
        Label status = new Label();
        status.setId("network-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Label hint = new Label("Double-click a campaign to show its members; click any node to inspect it");
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(fit, collapse, new Separator(), hint, spacer, status);
    }

    private VBox createFilters() {
        Label scoreLabel = new Label();
        Slider score = new Slider(0, 1, model.minScoreProperty().get());
        score.setId("network-min-score");
        score.setShowTickMarks(true);
        score.setMajorTickUnit(0.25);
        scoreLabel.textProperty().bind(score.valueProperty().map(v -> String.format("Minimum score %.2f", v)));
        score.valueProperty().addListener((o, a, v) -> {
            if (!score.isValueChanging()) {
                model.minScoreProperty().set(v.doubleValue());
            }
        });
        score.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                model.minScoreProperty().set(score.getValue());
            }
        });
        model.minScoreProperty().addListener((o, a, v) -> score.setValue(v.doubleValue()));

        ComboBox<String> campaign = new ComboBox<>();
        campaign.setId("network-campaign-filter");
        campaign.setPromptText("All campaigns");
        campaign.setMaxWidth(Double.MAX_VALUE);
        model.campaigns().addListener((javafx.collections.ListChangeListener<String>) c -> {
            campaign.getItems().setAll("All campaigns");
            campaign.getItems().addAll(model.campaigns());
        });
        campaign.valueProperty().addListener((o, a, v) ->
                model.campaignFilterProperty().set(v == null || v.equals("All campaigns") ? null : v));

        VBox box = new VBox(6, new Label("Filters"), scoreLabel, score, new Label("Campaign"), campaign,
                new Label("Indicator types"));
        box.getChildren().get(0).getStyleClass().add("title-4");
        for (IndicatorKind kind : IndicatorKind.values()) {
            CheckBox check = new CheckBox(kind.code().replace('_', ' '));
            check.setId("network-kind-" + kind.code());
            check.setSelected(model.kinds().contains(kind));
            check.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    model.kinds().add(kind);
                } else {
                    model.kinds().remove(kind);
                }
            });
            box.getChildren().add(check);
        }
        box.setId("network-filters");
        box.setPadding(new Insets(8));
        box.setPrefWidth(200);
        return box;
    }

    private void onScroll(ScrollEvent e) {
        double percent = panel.getCamera().getViewPercent() * (e.getDeltaY() > 0 ? 0.85 : 1.0 / 0.85);
        panel.getCamera().setViewPercent(Math.max(0.02, Math.min(4, percent)));
        e.consume();
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String hit = nodeAt(e.getX(), e.getY());
        if (hit == null) {
            if (e.getClickCount() == 1) {
                model.select(null);
            }
            return;
        }
        if (e.getClickCount() >= 2) {
            model.toggle(hit);
        } else {
            model.select(hit);
        }
    }

    /**
     * The node drawn under a point of the panel, nearest first. GraphStream's own hit test sizes nodes by the style
     * sheet and ignores {@code ui.size}, so it misses most of our nodes; this one uses the sizes we draw.
     */
    String nodeAt(double x, double y) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (GraphNode n : shown.nodes()) {
            Point3 px = panel.getCamera().transformGuToPx(n.x(), n.y(), 0);
            double d = Math.hypot(px.x - x, px.y - y);
            if (d <= Math.max(n.size() / 2, 5) + 1 && d < bestDistance) {
                best = n.id();
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Brings the graph in line with the picture: removes what went, adds what came, moves and restyles the rest. A
     * large change (an expansion) is added over several pulses, nodes first, so that no pulse carries all of it
     * (ADR 0064); a newer picture drops the parts of an older one still waiting.
     */
    private void apply(NetworkPicture picture) {
        int generation = ++applying;
        Set<String> nodeIds = new HashSet<>();
        picture.nodes().forEach(n -> nodeIds.add(n.id()));
        Set<String> edgeIds = new HashSet<>();
        picture.edges().forEach(e -> edgeIds.add(e.id()));
        List<String> staleEdges = graph.edges().map(Edge::getId).filter(id -> !edgeIds.contains(id)).toList();
        staleEdges.forEach(graph::removeEdge);
        List<String> staleNodes = graph.nodes().map(Node::getId).filter(id -> !nodeIds.contains(id)).toList();
        staleNodes.forEach(graph::removeNode);
        shown = picture;
        List<Runnable> steps = new ArrayList<>();
        List<GraphNode> nodes = picture.nodes();
        for (int from = 0; from < nodes.size(); from += NODES_PER_PULSE) {
            List<GraphNode> part = nodes.subList(from, Math.min(nodes.size(), from + NODES_PER_PULSE));
            steps.add(() -> part.forEach(this::place));
        }
        List<GraphEdge> edges = picture.edges().stream().filter(e -> graph.getEdge(e.id()) == null).toList();
        for (int from = 0; from < edges.size(); from += EDGES_PER_PULSE) {
            List<GraphEdge> part = edges.subList(from, Math.min(edges.size(), from + EDGES_PER_PULSE));
            steps.add(() -> part.forEach(this::connect));
        }
        // Smooth edges cost FX time with the software renderer: only for pictures small enough to afford them.
        if (picture.edges().size() <= ANTIALIAS_MAX_EDGES) {
            graph.setAttribute("ui.antialias");
        } else {
            graph.removeAttribute("ui.antialias");
        }
        if (steps.size() <= 2) {
            steps.forEach(Runnable::run);
            finish();
            return;
        }
        steps.add(this::finish);
        Pulses.later(steps.stream().<Runnable>map(step -> () -> {
            if (generation == applying) {
                step.run();
            }
        }).toArray(Runnable[]::new));
    }

    private void place(GraphNode n) {
        Node node = graph.getNode(n.id());
        if (node == null) {
            node = graph.addNode(n.id());
        }
        node.setAttribute("xyz", n.x(), n.y(), 0);
        node.setAttribute("ui.size", n.size());
        if (alwaysLabelled(n)) {
            node.setAttribute("ui.label", n.label());
        }
        style(n, node);
    }

    private void connect(GraphEdge e) {
        if (graph.getEdge(e.id()) == null) {
            Edge edge = graph.addEdge(e.id(), e.from(), e.to());
            if (e.from().startsWith("campaign:") && e.to().startsWith("campaign:")) {
                edge.setAttribute("ui.class", "between");
            }
        }
    }

    private void finish() {
        restyle();
        // Fit the whole picture after each change (an expansion grows it); scrolling zooms in again.
        panel.getCamera().resetView();
    }

    /**
     * Campaigns and the "+N more" node always show their label; members and indicators only while selected (their
     * labels are hidden by the style otherwise, and GraphStream lays out every label it is given on each repaint).
     */
    private static boolean alwaysLabelled(GraphNode n) {
        return n.type() == GraphNode.Type.CAMPAIGN || n.type() == GraphNode.Type.MORE;
    }

    private void restyle() {
        for (GraphNode n : shown.nodes()) {
            Node node = graph.getNode(n.id());
            if (node != null) {
                style(n, node);
            }
        }
    }

    /** Sets a node's classes (kind, colour, highlight, selection) and label, touching only what changed. */
    private void style(GraphNode n, Node node) {
        String campaign = model.selection().campaign();
        Inspection inspected = model.inspectionProperty().get();
        boolean lit = campaign != null && campaign.equals(n.campaign());
        boolean chosen = inspected != null && n.id().equals(inspected.nodeId());
        String classes = NetworkStyle.classes(n, lit, chosen);
        if (!classes.equals(node.getAttribute("ui.class"))) { // each change makes GraphStream restyle the node
            node.setAttribute("ui.class", classes);
        }
        if (!alwaysLabelled(n)) {
            if (chosen) {
                node.setAttribute("ui.label", n.label());
            } else if (node.hasAttribute("ui.label")) {
                node.removeAttribute("ui.label");
            }
        }
    }

    private void showInspection(Inspection i) {
        inspector.getChildren().clear();
        if (i == null) {
            Label none = new Label("Click a node to see its evidence");
            none.setId("network-inspector-empty");
            none.getStyleClass().add("text-muted");
            inspector.getChildren().add(none);
            return;
        }
        Label title = new Label(i.title());
        title.setId("network-inspector-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label subtitle = new Label(i.subtitle());
        subtitle.getStyleClass().add("text-muted");
        ListView<String> facts = list("network-inspector-facts", i.facts());
        ListView<String> evidence = list("network-inspector-evidence", i.evidence());
        Button exchanges = new Button("Exchanges…");
        exchanges.setId("network-show-exchanges");
        exchanges.setOnAction(e -> model.showExchanges());
        Button timeline = new Button("Timeline…");
        timeline.setId("network-show-timeline");
        timeline.setOnAction(e -> model.showTimeline());
        inspector.getChildren().addAll(title, subtitle, new Label("Facts"), facts,
                new Label(i.type() == GraphNode.Type.INDICATOR ? "Accounts sharing it" : "Evidence"), evidence,
                new javafx.scene.layout.HBox(6, exchanges, timeline));
        if (i.type() == GraphNode.Type.CAMPAIGN && i.campaign() != null) {
            Button expand = new Button("Show members");
            expand.setId("network-expand");
            expand.setOnAction(e -> model.expand(i.campaign()));
            inspector.getChildren().add(expand);
        }
    }

    private static ListView<String> list(String id, List<String> items) {
        ListView<String> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(items));
        list.setId(id);
        list.setPrefHeight(Math.min(260, 26 * Math.max(1, items.size()) + 4));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    /** Where a node is drawn, in screen coordinates (tests click there), or null when it is not in the graph. */
    Point2D screenPositionOf(String nodeId) {
        GraphNode n = shown.node(nodeId);
        if (n == null) {
            return null;
        }
        Point3 px = panel.getCamera().transformGuToPx(n.x(), n.y(), 0);
        return panel.localToScreen(px.x, px.y);
    }

    /** The graph as drawn (tests read its nodes). */
    Graph graph() {
        return graph;
    }
}
