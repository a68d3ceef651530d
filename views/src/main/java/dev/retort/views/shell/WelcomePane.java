package dev.retort.views.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown when no case is open: create or open a case, or pick one of the recent ones. */
final class WelcomePane extends VBox {

    WelcomePane(MainViewModel model, Runnable newCase, Runnable openCase, Consumer<Path> openRecent) {
        super(16);
        setId("welcome");
        setPadding(new Insets(32));
        setAlignment(Pos.TOP_LEFT);

        Label title = new Label("Retort");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Find and explain distillation campaigns in API logs. Everything stays on this machine.");
        subtitle.getStyleClass().add("text-muted");

        Button create = new Button("New case…");
        create.setId("welcome-new");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> newCase.run());
        Button open = new Button("Open case…");
        open.setId("welcome-open");
        open.setOnAction(e -> openCase.run());

        Label recentTitle = new Label("Recent cases");
        recentTitle.getStyleClass().add("title-4");
        ListView<Path> recent = new ListView<>(model.recentCases());
        recent.setId("recent-cases");
        recent.setPrefHeight(240);
        recent.setPlaceholder(new Label("No recent cases yet"));
        recent.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName() + "   —   " + item.getParent());
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(recent.getSelectionModel().getSelectedItem());
            }
        });

        getChildren().addAll(title, subtitle, new HBox(8, create, open), recentTitle, recent);
    }
}
