package dev.retort.views.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A place whose view is not built yet says what it will hold, rather than showing a blank page. */
public final class EmptyPlaces implements PlaceFactory {

    @Override
    public Node create(Place place, MainViewModel shell) {
        Label title = new Label(place.title());
        title.getStyleClass().add("title-3");
        Label description = new Label(place.description());
        description.getStyleClass().add("text-muted");
        VBox box = new VBox(8, title, description);
        box.setPadding(new Insets(24));
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
