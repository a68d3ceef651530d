package dev.retort.views.sources;

import dev.retort.importers.mapping.ColumnMapping;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Maps the columns of a CSV file (or the fields of a JSON Lines file) to exchange fields before importing it. Starts
 * from the guessed mapping, shows example values for each field, and allows import only when the mapping is usable.
 * The result is the mapping, or nothing when cancelled.
 */
public final class ColumnMappingDialog extends Dialog<ColumnMapping> {

    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    public ColumnMappingDialog(ColumnMappingViewModel model) {
        setTitle("Column mapping");
        setHeaderText("Which column holds what? " + model.sample().file().getFileName() + " ("
                + model.sample().layout().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + model.sample().columns().size() + " columns)");
        getDialogPane().setId("column-mapping-dialog");
        getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().setContent(content(model));
        getDialogPane().setPrefSize(760, 720);
        Node importButton = getDialogPane().lookupButton(IMPORT);
        importButton.setId("mapping-import");
        importButton.disableProperty().bind(Bindings.isNotEmpty(model.problems()));
        setResultConverter(b -> b == IMPORT ? model.mapping() : null);
    }

    private static VBox content(ColumnMappingViewModel model) {
        TextField name = new TextField(model.mapping().name());
        name.setId("mapping-name");
        name.textProperty().addListener((o, a, b) -> model.rename(b));

        TableView<ColumnMappingViewModel.FieldLine> table = new TableView<>(model.lines());
        table.setId("mapping-table");
        table.setEditable(true);
        table.getStyleClass().add("dense");
        table.setFixedCellSize(30);
        table.setPrefHeight(30 * model.lines().size() + 40); // every field visible without scrolling
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnMappingViewModel.FieldLine, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().field().label()
                + (cd.getValue().field().required() ? " *" : "")));
        field.setPrefWidth(130);
        TableColumn<ColumnMappingViewModel.FieldLine, String> column = new TableColumn<>("Source column");
        column.setPrefWidth(200);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().column()));
        column.setCellFactory(c -> new ColumnChoiceCell(model));
        TableColumn<ColumnMappingViewModel.FieldLine, String> example = new TableColumn<>("Example values");
        example.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().example()));
        table.getColumns().setAll(java.util.List.of(field, column, example));

        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("mapping-problems");
        problems.setPrefHeight(70);
        problems.setPlaceholder(new Label("The mapping is usable"));

        TextField timeFormat = new TextField(model.mapping().timeFormat());
        timeFormat.setId("mapping-time-format");
        timeFormat.setPromptText("auto, or a pattern such as dd/MM/yyyy HH:mm:ss");
        TextField zone = new TextField(model.mapping().zone().getId());
        zone.setId("mapping-time-zone");
        zone.setPrefColumnCount(10);
        timeFormat.textProperty().addListener((o, a, b) -> model.time(b, zone.getText()));
        zone.textProperty().addListener((o, a, b) -> model.time(timeFormat.getText(), b));
        javafx.scene.layout.HBox.setHgrow(timeFormat, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox time = new javafx.scene.layout.HBox(8, new Label("Times"), timeFormat,
                new Label("zone"), zone);
        time.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox box = new VBox(8, new Label("Mapping name (to save and reuse it)"), name, table, time,
                new Label("Problems"), problems);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A cell with a combo box of the file's columns; picking one remaps the field. */
    private static final class ColumnChoiceCell extends TableCell<ColumnMappingViewModel.FieldLine, String> {
        private final ComboBox<String> combo;

        ColumnChoiceCell(ColumnMappingViewModel model) {
            this.combo = new ComboBox<>(model.columnChoices());
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setOnAction(e -> {
                ColumnMappingViewModel.FieldLine line = isEmpty() ? null : line();
                String chosen = combo.getValue();
                if (line != null && !java.util.Objects.equals(chosen, line.column())) {
                    model.map(line.field(), chosen);
                }
            });
        }

        /** The line of this cell's index (the row's own item may not be set yet when the cell updates). */
        private ColumnMappingViewModel.FieldLine line() {
            return getTableView().getItems().get(getIndex());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setGraphic(null);
                return;
            }
            combo.setId("mapping-column-" + line().field().key());
            combo.setValue(item);
            setGraphic(combo);
        }
    }
}
