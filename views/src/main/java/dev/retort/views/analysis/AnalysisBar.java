package dev.retort.views.analysis;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** A strip with "Run analysis", its cancel button and what the latest run found. */
public final class AnalysisBar extends HBox {

    public AnalysisBar(AnalysisViewModel model) {
        super(8);
        setId("analysis-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 0, 8));

        Button run = new Button("Run analysis");
        run.setId("analysis-run");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Button cancel = new Button("Cancel analysis");
        cancel.setId("analysis-cancel");
        cancel.setOnAction(e -> model.cancel());
        for (var node : new javafx.scene.Node[] {spinner, cancel}) {
            node.visibleProperty().bind(model.runningProperty());
            node.managedProperty().bind(node.visibleProperty());
        }

        Label summary = new Label();
        summary.setId("analysis-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());

        getChildren().addAll(run, spinner, cancel, summary);
    }
}
