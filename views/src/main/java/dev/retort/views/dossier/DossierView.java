package dev.retort.views.dossier;

import dev.retort.views.common.Pulses;
import dev.retort.dossier.ExportFormat;
import dev.retort.dossier.RedactionProfile;
import dev.retort.store.AuditEntry;
import dev.retort.store.workbench.DossierSection;
import dev.retort.store.workbench.SectionKind;
import dev.retort.views.common.Display;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dossier place: the sections in order with add/remove/reorder, the export panel, and the activity log. */
public final class DossierView extends BorderPane {

    private final DossierViewModel model;
    private final DirectoryPicker picker;
    private final ListView<DossierSection> sections = new ListView<>();

    public DossierView(DossierViewModel model, DirectoryPicker picker) {
        this.model = model;
        this.picker = picker;
        setId("dossier-view");
        SplitPane right = new SplitPane();
        right.setOrientation(Orientation.VERTICAL);
        SplitPane split = new SplitPane(createSectionsPanel(), right);
        split.setDividerPositions(0.45);
        setCenter(split);
        // The export panel and the activity log come in the next pulses: the first show styles a part each (ADR 0063).
        Pulses.later(() -> right.getItems().add(createExportPanel()), () -> {
            right.getItems().add(createActivity());
            right.setDividerPositions(0.5);
        });
    }

    private BorderPane createSectionsPanel() {
        Label title = new Label("Sections, in the order the dossier prints them");
        title.getStyleClass().add("title-4");
        sections.setId("dossier-sections");
        sections.setItems(model.sections());
        sections.setPlaceholder(new Label("The dossier is empty: add sections, or build the default one"));
        sections.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DossierSection s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                String kind = s.title().equals(s.kind().defaultTitle()) ? "" : "  ·  " + s.kind().defaultTitle();
                String target = s.target() == null || s.title().contains(s.target().key()) ? ""
                        : "  ·  " + s.target().kind().key() + " " + s.target().key();
                setText((s.position() + 1) + ".  " + s.title() + kind + target + "\n      added by " + s.addedBy()
                        + ", " + Display.minute(s.addedAt().toEpochMilli()) + " UTC");
            }
        });

        MenuButton add = new MenuButton("Add section");
        add.setId("dossier-add");
        for (SectionKind kind : List.of(SectionKind.SUMMARY, SectionKind.NETWORK, SectionKind.TIMELINE,
                SectionKind.NOTES, SectionKind.METHODOLOGY, SectionKind.CUSTODY)) {
            MenuItem item = new MenuItem(kind.defaultTitle());
            item.setId("dossier-add-" + kind.key());
            item.setOnAction(e -> model.add(kind));
            add.getItems().add(item);
        }
        MenuItem campaign = new MenuItem("Selected campaign's findings");
        campaign.setId("dossier-add-selected-campaign");
        campaign.disableProperty().bind(model.context().selection().campaignProperty().isNull());
        campaign.setOnAction(e -> model.addSelectedCampaign());
        MenuItem accounts = new MenuItem("Selected accounts");
        accounts.setId("dossier-add-selected-accounts");
        accounts.disableProperty().bind(Bindings.isEmpty(model.context().selection().accounts()));
        accounts.setOnAction(e -> model.addSelectedAccounts());
        add.getItems().addAll(new SeparatorMenuItem(), campaign, accounts);

        Button up = new Button("Move up");
        up.setId("dossier-up");
        up.setOnAction(e -> model.move(selected(), -1));
        Button down = new Button("Move down");
        down.setId("dossier-down");
        down.setOnAction(e -> model.move(selected(), +1));
        Button remove = new Button("Remove");
        remove.setId("dossier-remove");
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> model.remove(selected()));
        for (Button b : List.of(up, down, remove)) {
            b.disableProperty().bind(sections.getSelectionModel().selectedItemProperty().isNull());
        }
        Button defaults = new Button("Build default dossier");
        defaults.setId("dossier-default");
        defaults.disableProperty().bind(Bindings.isNotEmpty(model.sections()));
        defaults.setOnAction(e -> model.buildDefault());

        FlowPane buttons = new FlowPane(6, 6, add, up, down, remove, defaults);
        BorderPane pane = new BorderPane(sections);
        pane.setTop(title);
        pane.setBottom(buttons);
        BorderPane.setMargin(title, new Insets(8));
        BorderPane.setMargin(buttons, new Insets(8));
        model.sections().addListener((javafx.collections.ListChangeListener<DossierSection>) c -> keepSelection());
        return pane;
    }

    private long lastSelectedId = -1;

    private DossierSection selected() {
        DossierSection s = sections.getSelectionModel().getSelectedItem();
        lastSelectedId = s == null ? -1 : s.id();
        return s;
    }

    /** After a reload (e.g. a move), selects the same section again so Move up can be pressed repeatedly. */
    private void keepSelection() {
        model.sections().stream().filter(s -> s.id() == lastSelectedId).findFirst()
                .ifPresent(s -> sections.getSelectionModel().select(s));
    }

    private VBox createExportPanel() {
        Label title = new Label("Export");
        title.getStyleClass().add("title-4");

        TextField dir = new TextField();
        dir.setId("dossier-out-dir");
        dir.setPromptText("A new or empty folder");
        dir.setEditable(false);
        dir.textProperty().bind(model.outDirProperty().asString().map(s -> "null".equals(s) ? "" : s));
        HBox.setHgrow(dir, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("dossier-choose-dir");
        choose.setOnAction(e -> picker.choose(window()).ifPresent(model.outDirProperty()::set));

        ComboBox<RedactionProfile> profile = new ComboBox<>();
        profile.setId("dossier-profile");
        profile.getItems().setAll(RedactionProfile.LEGAL, RedactionProfile.BRIEFING);
        profile.valueProperty().bindBidirectional(model.profileProperty());
        profile.setButtonCell(profileCell());
        profile.setCellFactory(l -> profileCell());
        Label profileHelp = new Label();
        profileHelp.getStyleClass().add("text-muted");
        profileHelp.setWrapText(true);
        profileHelp.textProperty().bind(model.profileProperty().map(p -> p.fields().isEmpty()
                ? "Everything stays in (for counsel)."
                : "Removed from every file: " + String.join("; ", p.fields().stream()
                        .map(RedactionProfile.Field::description).toList()) + "."));

        FlowPane formats = new FlowPane(10, 6);
        for (ExportFormat f : ExportFormat.values()) {
            CheckBox box = new CheckBox(f.key().toUpperCase(Locale.ROOT));
            box.setId("dossier-format-" + f.key());
            box.setSelected(model.formats().contains(f));
            box.selectedProperty().addListener((o, was, is) -> {
                if (is) {
                    model.formats().add(f);
                } else {
                    model.formats().remove(f);
                }
            });
            formats.getChildren().add(box);
        }

        Button export = new Button("Export and sign");
        export.setId("dossier-export");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.outDirProperty().isNull().or(model.exportingProperty())
                .or(Bindings.isEmpty(model.formats())));
        export.setOnAction(e -> model.export());
        ProgressBar progress = new ProgressBar();
        progress.setId("dossier-export-progress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.exportProgressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        Label status = new Label();
        status.setId("dossier-export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.exportStatusProperty());

        HBox dirRow = new HBox(6, dir, choose);
        HBox profileRow = new HBox(6, new Label("Redaction"), profile);
        profileRow.setAlignment(Pos.CENTER_LEFT);
        HBox exportRow = new HBox(8, export, progress);
        exportRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, new Label("Folder"), dirRow, profileRow, profileHelp, new Label("Formats"),
                formats, exportRow, status);
        box.setPadding(new Insets(8));
        return box;
    }

    private static ListCell<RedactionProfile> profileCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RedactionProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name());
            }
        };
    }

    private VBox createActivity() {
        Label title = new Label("Activity log: who did what, when");
        title.getStyleClass().add("title-4");
        TableView<AuditEntry> table = new TableView<>(model.activity());
        table.setId("activity-log");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                col("When (UTC)", 140, a -> Display.second(a.at().toEpochMilli())),
                col("Who", 80, AuditEntry::actor),
                col("Action", 110, AuditEntry::action),
                col("On", 200, a -> a.target() == null ? "" : a.target())));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, title, table);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TableColumn<AuditEntry, String> col(String title, double width, Function<AuditEntry, String> f) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
