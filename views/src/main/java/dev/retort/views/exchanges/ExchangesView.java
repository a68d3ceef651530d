package dev.retort.views.exchanges;

import dev.retort.views.common.Pulses;
import dev.retort.views.common.Display;
import dev.retort.views.workbench.AnnotationsPane;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The exchanges place: scope and search bar, the exchanges table, and the selected exchange with its provenance. */
public final class ExchangesView extends BorderPane {

    private final ExchangesViewModel model;
    private final AnnotationsPane annotations;
    private final TableView<ExchangeRow> table = new TableView<>();
    private final TextArea prompt = readOnlyText("exchange-prompt");
    private final TextArea response = readOnlyText("exchange-response");
    private final GridPane provenance = new GridPane();

    public ExchangesView(ExchangesViewModel model, AnnotationsPane annotations) {
        this.model = model;
        this.annotations = annotations;
        setId("exchanges-view");
        setTop(createSearchBar());
        createTable();
        SplitPane detail = new SplitPane();
        SplitPane main = new SplitPane(table, detail);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.55);
        SplitPane outer = new SplitPane(main);
        SplitPane.setResizableWithParent(annotations, false);
        setCenter(outer);
        initListeners();
        // The detail panes and the side panel come in the next pulses: the first show styles a part each (ADR 0063).
        Pulses.later(() -> {
            detail.getItems().setAll(createTextTabs(), createProvenance());
            detail.setDividerPositions(0.55);
        }, () -> {
            outer.getItems().add(annotations);
            outer.setDividerPositions(0.8);
        });
    }

    private HBox createSearchBar() {
        Label scope = new Label();
        scope.setId("exchanges-scope");
        scope.getStyleClass().add("text-bold");
        scope.textProperty().bind(model.scopeProperty());
        Button clear = new Button("Whole case");
        clear.setId("exchanges-clear-scope");
        clear.setOnAction(e -> model.clearScope());
        TextField search = new TextField();
        search.setId("exchanges-search");
        search.setPromptText("Full-text search in prompts and responses (FTS5: words, \"phrases\", OR, NOT, prefix*)");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnAction(e -> model.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button go = new Button("Search");
        go.setId("exchanges-search-button");
        go.getStyleClass().add("accent");
        go.setOnAction(e -> model.search());
        Label summary = new Label();
        summary.setId("exchanges-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, scope, clear, search, go, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private void createTable() {
        table.setId("exchanges-table");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No exchanges for this selection"));
        table.getStyleClass().addAll("dense", "striped");
        table.getColumns().setAll(List.of(
                column("#", 70, r -> r.id()),
                column("Time (UTC)", 165, r -> Display.second(r.ts())),
                column("Account", 160, ExchangeRow::account),
                column("Model", 90, ExchangeRow::model),
                column("IP", 125, ExchangeRow::ip),
                column("In", 60, ExchangeRow::tokensIn),
                column("Out", 60, ExchangeRow::tokensOut),
                column("Status", 64, ExchangeRow::status),
                column("Prompt", 620, ExchangeRow::promptStart)));
    }

    private static <T> TableColumn<ExchangeRow, T> column(String title, double width, Function<ExchangeRow, T> value) {
        TableColumn<ExchangeRow, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private TabPane createTextTabs() {
        Tab p = new Tab("Prompt", prompt);
        Tab r = new Tab("Response", response);
        TabPane tabs = new TabPane(p, r);
        tabs.setId("exchange-text-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static TextArea readOnlyText(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setStyle("-fx-font-family: 'Monospaced';");
        return area;
    }

    private BorderPane createProvenance() {
        provenance.setId("exchange-provenance");
        provenance.setHgap(8);
        provenance.setVgap(4);
        provenance.setPadding(new Insets(8));
        Button dossier = new Button("Add selected to dossier");
        dossier.setId("exchanges-add-to-dossier");
        dossier.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        dossier.setOnAction(e -> model.addToDossier(selectedIds()));
        Label title = new Label("Exchange and provenance");
        title.getStyleClass().add("title-4");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(provenance);
        scroll.setFitToWidth(true);
        provenance.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(80),
                new javafx.scene.layout.ColumnConstraints(80, 300, Double.MAX_VALUE, Priority.ALWAYS,
                        javafx.geometry.HPos.LEFT, true));
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(title);
        pane.setBottom(dossier);
        BorderPane.setMargin(title, new Insets(8, 8, 0, 8));
        BorderPane.setMargin(dossier, new Insets(8));
        return pane;
    }

    private void showDetail(ExchangeDetail d) {
        provenance.getChildren().clear();
        if (d == null) {
            prompt.clear();
            response.clear();
            return;
        }
        prompt.setText(d.prompt() == null ? "(this source carries no prompt text)" : d.prompt());
        response.setText(d.response() == null ? "(this source carries no response text)" : d.response());
        ExchangeRow r = d.row();
        int row = 0;
        row = fact(row, "Exchange", "#" + r.id() + (d.requestId() == null ? "" : "  ·  request " + d.requestId()));
        row = fact(row, "Time", Display.second(r.ts()) + " UTC");
        row = fact(row, "Account", r.account());
        row = fact(row, "API key", d.apiKey());
        row = fact(row, "IP", r.ip());
        row = fact(row, "Client", d.userAgent());
        row = fact(row, "Model", r.model());
        row = fact(row, "Tokens", (r.tokensIn() == null ? "?" : r.tokensIn()) + " in / "
                + (r.tokensOut() == null ? "?" : r.tokensOut()) + " out");
        row = fact(row, "Status", r.status() == null ? null : r.status() + (r.latencyMs() == null ? ""
                : String.format(Locale.ROOT, "  ·  %,d ms", r.latencyMs())));
        if (d.truncated()) {
            row = fact(row, "Text", "cut at the case's text cap; the source file holds it in full");
        }
        row = fact(row, "Source file", d.sourceFile() + (d.sourceFormat() == null ? "" : "  (" + d.sourceFormat() + ")"));
        row = fact(row, "Line", Long.toString(d.sourceLine()));
        row = fact(row, "SHA-256", d.sourceSha256());
        fact(row, "Path", d.sourcePath());
    }

    private int fact(int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("text-muted");
        Label v = new Label(value == null ? "—" : value);
        v.setWrapText(true);
        v.setId("provenance-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        provenance.addRow(row, n, v);
        return row + 1;
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(ExchangeRow::id).toList();
    }

    private void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ExchangeRow>) c -> {
            List<Long> ids = selectedIds();
            if (!ids.isEmpty()) {
                annotations.model().showExchanges(ids);
            }
        });
        model.detailProperty().addListener((o, old, d) -> showDetail(d));
    }
}
