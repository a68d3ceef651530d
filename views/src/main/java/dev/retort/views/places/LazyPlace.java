package dev.retort.views.places;

import dev.retort.views.shell.Place;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Holds a place's view, built the first time the place is shown. The view models exist (and load) from the start;
 * only the nodes wait, so opening a large case lays out one view instead of six on the FX thread.
 */
final class LazyPlace extends StackPane {

    private Supplier<Node> build;

    LazyPlace(Place place, ObservableValue<Place> current, Supplier<Node> build) {
        this.build = build;
        setId("lazy-" + place.name().toLowerCase(java.util.Locale.ROOT));
        current.addListener((o, old, now) -> {
            if (now == place) {
                ensureBuilt();
            }
        });
        if (current.getValue() == place) {
            ensureBuilt();
        }
    }

    private void ensureBuilt() {
        if (build != null) {
            Node view = build.get();
            build = null;
            getChildren().setAll(view);
        }
    }
}
