package dev.retort.views.shell;

import dev.retort.views.task.UiTaskExecutor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: what the background work is doing, its progress and a cancel button, and the open case. */
final class StatusBar extends HBox {

    StatusBar(UiTaskExecutor tasks, MainViewModel model) {
        super(8);
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("status-bar");

        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(tasks.messageProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label caseLabel = new Label();
        caseLabel.setId("status-case");
        caseLabel.textProperty().bind(model.caseInfoProperty().map(
                info -> info.name() + " · schema v" + info.schemaVersion()).orElse("No case open"));

        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.setOnAction(e -> tasks.cancelRunning());
        cancel.visibleProperty().bind(tasks.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        getChildren().addAll(message, spacer, progress, cancel, caseLabel);
    }
}
