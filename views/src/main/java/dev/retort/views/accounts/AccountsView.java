package dev.retort.views.accounts;

import dev.retort.views.common.Pulses;
import dev.retort.views.workbench.AnnotationsPane;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The accounts place: a filter bar, the sortable multi-select table and the tags and notes of the selection. */
public final class AccountsView extends BorderPane {

    private static final PseudoClass IN_CAMPAIGN = PseudoClass.getPseudoClass("in-selected-campaign");

    private final AccountsViewModel model;
    private final TableView<AccountRow> table = new TableView<>();
    /** Rows made per pulse while the table fills for the first time. */
    static final int FIRST_ROWS = 7;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private boolean filled;
    private int filling;
    private final AnnotationsPane annotations;

    public AccountsView(AccountsViewModel model, AnnotationsPane annotations) {
        this.model = model;
        this.annotations = annotations;
        setId("accounts-view");
        setTop(createFilterBar());
        createTable();
        SplitPane split = new SplitPane();
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(annotations, false);
        setCenter(split);
        initListeners();
        // The table, the side panel and the action bar come in the next pulses: the first show styles a part per
        // pulse (ADR 0063).
        Pulses.later(() -> split.getItems().add(table), () -> {
            split.getItems().add(annotations);
            split.setDividerPositions(0.79);
        }, () -> setBottom(createActionBar()));
    }

    private VBox createFilterBar() {
        TextField filter = new TextField();
        filter.setId("accounts-filter");
        filter.setPromptText("Filter: account, e-mail, card, campaign, tag…");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);

        Slider minScore = new Slider(0, 1, 0);
        minScore.setId("accounts-min-score");
        minScore.setPrefWidth(140);
        minScore.setBlockIncrement(0.05);
        minScore.valueProperty().bindBidirectional(model.minScoreProperty());
        Label minLabel = new Label();
        minLabel.textProperty().bind(model.minScoreProperty().asString("score ≥ %.2f"));
        minLabel.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<String> campaign = new ComboBox<>(model.campaigns());
        campaign.setId("accounts-campaign");
        campaign.valueProperty().bindBidirectional(model.campaignFilterProperty());

        CheckBox flagged = new CheckBox("In a campaign");
        flagged.setId("accounts-flagged");
        flagged.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        flagged.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(10, filter, minLabel, minScore, campaign, flagged);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 4, 8));

        TextField minVolume = numberField("accounts-min-exchanges", "any", v -> model.minExchangesProperty()
                .set(v < 0 ? 0 : v));
        TextField maxAge = numberField("accounts-max-age", "any", v -> model.maxAgeDaysProperty().set(v));
        ComboBox<String> kind = new ComboBox<>(model.indicatorKinds());
        kind.setId("accounts-indicator");
        kind.valueProperty().bindBidirectional(model.indicatorFilterProperty());
        HBox second = new HBox(10, new Label("Exchanges ≥"), minVolume, new Label("Age ≤ (days)"), maxAge,
                new Label("Shares"), kind);
        second.setAlignment(Pos.CENTER_LEFT);
        second.setPadding(new Insets(0, 8, 8, 8));
        return new VBox(bar, second);
    }

    /** A small whole-number field; empty or invalid text means -1 (no limit). */
    private static TextField numberField(String id, String prompt, java.util.function.LongConsumer onChange) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(6);
        field.textProperty().addListener((o, a, text) -> {
            long v;
            try {
                v = text == null || text.isBlank() ? -1 : Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                v = -1;
            }
            onChange.accept(v);
        });
        return field;
    }

    private void createTable() {
        table.setId("accounts-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No accounts: import an account export or exchange logs in Sources"));
        table.getStyleClass().addAll("dense", "striped");
        // The model keeps the rows filtered and sorted (ADR 0063): the table shows its list as it is, and a click on
        // a header asks the model to sort by the typed keys below instead of comparing cell values one by one.
        table.setItems(rows);
        model.visibleAccounts().addListener((InvalidationListener) o -> showRows());
        showRows();

        List<TableColumn<AccountRow, ?>> columns = AccountColumns.create();
        table.getColumns().setAll(columns);
        table.setSortPolicy(t -> {
            model.sortBy(AccountColumns.comparatorOf(t.getSortOrder()));
            return true;
        });
        table.getSortOrder().setAll(List.of(AccountColumns.score(columns)));
        table.setRowFactory(t -> new CampaignRow());
    }

    /**
     * Shows the model's rows. The first time there are rows, the table makes the cells of every visible row at once,
     * which is most of the cost of its first fill: it gets them a few rows per pulse (ADR 0063).
     */
    private void showRows() {
        int generation = ++filling;
        List<AccountRow> all = model.visibleAccounts();
        if (filled || all.size() <= FIRST_ROWS) {
            rows.setAll(all);
            filled |= !all.isEmpty();
            return;
        }
        filled = true;
        rows.setAll(all.subList(0, FIRST_ROWS));
        Pulses.later(() -> {
            if (generation == filling) {
                List<AccountRow> now = model.visibleAccounts();
                rows.setAll(now.subList(0, Math.min(now.size(), 2 * FIRST_ROWS)));
            }
        }, () -> {
            if (generation == filling) {
                rows.setAll(model.visibleAccounts());
                if (!model.loadingProperty().get()) {
                    restoreSelection();
                }
            }
        });
    }

    /** A row that lights up while its account's campaign is the selected one; it follows the selection itself. */
    private final class CampaignRow extends TableRow<AccountRow> {
        private final InvalidationListener relight = o -> relight();

        CampaignRow() {
            model.context().selection().campaignProperty().addListener(new WeakInvalidationListener(relight));
        }

        @Override
        protected void updateItem(AccountRow item, boolean empty) {
            super.updateItem(item, empty);
            relight();
        }

        private void relight() {
            AccountRow item = getItem();
            String selected = model.context().selection().campaign();
            pseudoClassStateChanged(IN_CAMPAIGN, !isEmpty() && item != null && selected != null
                    && selected.equals(item.campaign()));
        }
    }

    private HBox createActionBar() {
        TextField tag = new TextField();
        tag.setId("accounts-tag-text");
        tag.setPromptText("tag, e.g. hydra-suspect");
        tag.setPrefColumnCount(14);
        Button tagButton = new Button("Tag selected");
        tagButton.setId("accounts-tag");
        tagButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(tag.textProperty().isEmpty()));
        tagButton.setOnAction(e -> {
            model.tag(selectedAccounts(), tag.getText());
            tag.clear();
        });
        tag.setOnAction(e -> tagButton.fire());

        Button exchanges = new Button("Show exchanges");
        exchanges.setId("accounts-show-exchanges");
        exchanges.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        exchanges.setOnAction(e -> model.showExchanges(selectedAccounts()));

        Button dossier = new Button("Add to dossier");
        dossier.setId("accounts-add-to-dossier");
        dossier.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        dossier.setOnAction(e -> model.addToDossier(selectedAccounts()));

        Button campaignNotes = new Button();
        campaignNotes.setId("accounts-annotate-campaign");
        campaignNotes.textProperty().bind(model.context().selection().campaignProperty()
                .map(c -> "Tags and notes of " + c).orElse("Tags and notes of a campaign"));
        campaignNotes.disableProperty().bind(model.context().selection().campaignProperty().isNull());
        campaignNotes.setOnAction(e -> annotations.model().showCampaign(model.context().selection().campaign()));

        Label summary = new Label();
        summary.setId("accounts-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        HBox bar = new HBox(8, tag, tagButton, exchanges, dossier, campaignNotes, spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private List<String> selectedAccounts() {
        return table.getSelectionModel().getSelectedItems().stream().map(AccountRow::account).toList();
    }

    private void initListeners() {
        // Selecting a range or a click with shift may change the selection many times in one event; the rest of the
        // application hears of it once, after the event (one CaseSelection update, one annotations load).
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AccountRow>) c -> {
            if (!selectionPending) {
                selectionPending = true;
                Platform.runLater(this::publishSelection);
            }
        });
        model.loadingProperty().addListener((o, was, now) -> {
            if (!now) {
                restoreSelection();
            }
        });
    }

    private boolean selectionPending;

    private void publishSelection() {
        selectionPending = false;
        List<AccountRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (rows.isEmpty() || model.loadingProperty().get()) {
            return; // a reload replaces the rows; the selection is restored when it ends
        }
        List<String> accounts = rows.stream().map(AccountRow::account).toList();
        model.select(accounts);
        annotations.model().showAccounts(accounts);
    }

    /** Selects again the rows of the accounts selected before a reload replaced the rows. */
    private void restoreSelection() {
        java.util.Set<String> wanted = new java.util.HashSet<>(model.context().selection().accounts());
        table.getSelectionModel().clearSelection();
        if (wanted.isEmpty()) {
            return;
        }
        List<AccountRow> items = table.getItems();
        int[] rows = java.util.stream.IntStream.range(0, items.size())
                .filter(i -> wanted.contains(items.get(i).account())).toArray();
        if (rows.length > 0) {
            table.getSelectionModel().selectIndices(rows[0], java.util.Arrays.copyOfRange(rows, 1, rows.length));
        }
    }

    TableView<AccountRow> table() {
        return table;
    }
}
