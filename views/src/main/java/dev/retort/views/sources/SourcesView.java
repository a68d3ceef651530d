package dev.retort.views.sources;

import dev.retort.views.common.Display;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The sources place: import bar with progress, the imported files, and the quarantine of the selected file. */
public final class SourcesView extends BorderPane {

    private final SourcesViewModel model;
    private final ImportFileChooser chooser;
    private final TableView<SourceRow> sources = new TableView<>();
    private final TableView<QuarantineRow> quarantine = new TableView<>();

    public SourcesView(SourcesViewModel model, ImportFileChooser chooser) {
        this.model = model;
        this.chooser = chooser;
        setId("sources-view");
        setTop(createImportBar());
        createSourcesTable();
        TextArea raw = new TextArea();
        raw.setId("quarantine-raw");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setPrefRowCount(4);
        raw.setStyle("-fx-font-family: 'Monospaced';");
        createQuarantineTable(raw);
        Label qTitle = new Label("Quarantined lines of the selected file");
        qTitle.getStyleClass().add("title-4");
        VBox lower = new VBox(6, qTitle, quarantine, raw);
        VBox.setVgrow(quarantine, Priority.ALWAYS);
        lower.setPadding(new Insets(8));
        SplitPane split = new SplitPane(sources, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
    }

    private VBox createImportBar() {
        Button importFiles = new Button("Import files…");
        importFiles.setId("sources-import");
        importFiles.getStyleClass().add("accent");
        importFiles.disableProperty().bind(model.importingProperty());
        importFiles.setOnAction(e -> {
            List<Path> files = chooser.chooseFiles(window(), "Import log files");
            model.importFiles(files, null);
        });
        Button mapped = new Button("Import CSV/JSONL with a column mapping…");
        mapped.setId("sources-import-mapped");
        mapped.disableProperty().bind(model.importingProperty());
        mapped.setOnAction(e -> importWithMapping());

        ProgressBar bar = new ProgressBar(0);
        bar.setId("import-progress");
        bar.setPrefWidth(220);
        Label rate = new Label();
        rate.setId("import-rate");
        Button cancel = new Button("Cancel import");
        cancel.setId("import-cancel");
        cancel.getStyleClass().add("danger");
        cancel.setOnAction(e -> model.cancelImport());
        HBox running = new HBox(8, bar, rate, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.importingProperty());
        running.managedProperty().bind(running.visibleProperty());
        model.progressProperty().addListener((o, old, p) -> {
            bar.setProgress(p == null ? 0 : p.fraction());
            rate.setText(p == null ? "" : (p.fraction() < 0 ? "" : String.format(Locale.ROOT, "%.0f%%  ",
                    p.fraction() * 100)) + p.rateAndEta());
        });

        Label last = new Label();
        last.setId("sources-last-import");
        last.getStyleClass().add("text-muted");
        last.textProperty().bind(model.lastImportProperty());
        last.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, importFiles, mapped, spacer, running);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, top, last);
        box.setPadding(new Insets(8));
        return box;
    }

    private void importWithMapping() {
        List<Path> files = chooser.chooseFiles(window(), "Import CSV or JSON Lines with a column mapping");
        if (files.isEmpty()) {
            return;
        }
        model.context().tasks().submit("Reading " + files.get(0).getFileName(), p -> {
            try {
                return MappingSample.read(files.get(0), ',', true);
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException("cannot read " + files.get(0) + ": " + ex.getMessage(), ex);
            }
        }, sample -> {
            ColumnMappingDialog dialog = new ColumnMappingDialog(new ColumnMappingViewModel(sample, null));
            dialog.initOwner(window());
            dialog.showAndWait().ifPresent(mapping -> model.importFiles(files, mapping));
        }, model.context()::reportError);
    }

    private void createSourcesTable() {
        sources.setId("sources-table");
        sources.setItems(model.sources());
        sources.setPlaceholder(new Label("Nothing imported yet: Import files… reads LiteLLM, OTLP, Bedrock, CloudTrail,"
                + " nginx and CSV logs and account exports"));
        sources.getStyleClass().addAll("dense", "striped");
        sources.getColumns().setAll(List.of(
                col("File", 210, SourceRow::fileName),
                col("Format", 90, SourceRow::format),
                col("Size", 80, r -> Display.bytes(r.sizeBytes())),
                col("Records", 80, r -> Display.count(r.imported())),
                col("Merged", 70, r -> Display.count(r.merged())),
                col("Duplicate", 85, r -> Display.count(r.duplicate())),
                col("Quarantined", 100, r -> Display.count(r.quarantined())),
                col("Status", 85, SourceRow::status),
                col("Imported (UTC)", 150, r -> r.importedAt() == null ? "" : r.importedAt().replace('T', ' ')
                        .replaceAll("\\.\\d+Z$", "").replace("Z", "")),
                col("SHA-256", 520, SourceRow::sha256)));
        sources.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != sources.getSelectionModel().getSelectedItem()) {
                sources.getSelectionModel().select(now);
            }
        });
    }

    private void createQuarantineTable(TextArea raw) {
        quarantine.setId("quarantine-table");
        quarantine.setItems(model.quarantine());
        quarantine.setPlaceholder(new Label("No quarantined lines (select a file above)"));
        quarantine.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        quarantine.getStyleClass().add("dense");
        quarantine.getColumns().setAll(List.of(
                qcol("Line", 70, r -> Long.toString(r.line())),
                qcol("Reason", 260, QuarantineRow::reason),
                qcol("Raw line", 500, r -> Display.snippet(r.raw(), 300))));
        quarantine.getSelectionModel().selectedItemProperty().addListener((o, old, row) ->
                raw.setText(row == null ? "" : row.raw()));
    }

    private static TableColumn<SourceRow, String> col(String title, double width, Function<SourceRow, String> value) {
        TableColumn<SourceRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<QuarantineRow, String> qcol(String title, double width,
                                                           Function<QuarantineRow, String> value) {
        TableColumn<QuarantineRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
