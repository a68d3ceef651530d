package dev.retort.views.workbench;

import dev.retort.store.workbench.Note;
import dev.retort.views.common.Display;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A side panel showing and editing the tags and notes of the current selection (one or many targets). */
public final class AnnotationsPane extends VBox {

    private final AnnotationsViewModel model;

    public AnnotationsPane(AnnotationsViewModel model, String idPrefix) {
        super(8);
        this.model = model;
        setId(idPrefix + "-annotations");
        setPadding(new Insets(8));
        setMinWidth(250);

        Label heading = new Label();
        heading.setId(idPrefix + "-annotations-heading");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(model.headingProperty());
        heading.setWrapText(true);

        Label tagsTitle = new Label("Tags");
        tagsTitle.getStyleClass().add("text-bold");
        ListView<AnnotationsViewModel.TagCount> tags = new ListView<>(model.tags());
        tags.setId(idPrefix + "-tags");
        tags.setPrefHeight(110);
        tags.setMinHeight(80);
        tags.setPlaceholder(new Label("No tags"));
        TextField newTag = new TextField();
        newTag.setId(idPrefix + "-new-tag");
        newTag.setPromptText("New tag");
        HBox.setHgrow(newTag, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId(idPrefix + "-add-tag");
        add.disableProperty().bind(newTag.textProperty().isEmpty().or(javafx.beans.binding.Bindings.isEmpty(
                model.targets())));
        add.setOnAction(e -> {
            model.addTag(newTag.getText().strip());
            newTag.clear();
        });
        newTag.setOnAction(e -> add.fire());
        Button remove = new Button("Remove");
        remove.setId(idPrefix + "-remove-tag");
        remove.disableProperty().bind(tags.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeTag(tags.getSelectionModel().getSelectedItem().tag()));

        Label notesTitle = new Label("Notes");
        notesTitle.getStyleClass().add("text-bold");
        ListView<Note> notes = new ListView<>(model.notes());
        notes.setId(idPrefix + "-notes");
        notes.setPlaceholder(new Label("No notes"));
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Note item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.body() + "\n— " + item.createdBy() + ", "
                        + Display.minute(item.createdAt().toEpochMilli()) + " UTC"
                        + (model.targets().size() > 1 ? " · " + item.target().key() : ""));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(notes, Priority.ALWAYS);
        TextArea newNote = new TextArea();
        newNote.setId(idPrefix + "-new-note");
        newNote.setPromptText("Write a note…");
        newNote.setPrefRowCount(3);
        newNote.setWrapText(true);
        Button addNote = new Button("Add note");
        addNote.setId(idPrefix + "-add-note");
        addNote.disableProperty().bind(newNote.textProperty().isEmpty().or(javafx.beans.binding.Bindings.isEmpty(
                model.targets())));
        addNote.setOnAction(e -> {
            model.addNote(newNote.getText());
            newNote.clear();
        });

        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox tagRow = new HBox(6, newTag, add, remove);
        tagRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, tagsTitle, tags, tagRow, notesTitle, notes, newNote, addNote);
    }

    public AnnotationsViewModel model() {
        return model;
    }
}
