package dev.retort.views.shell;

import javafx.scene.Node;

/**
 * Builds the content of each place of the main window. The views of each feature plug in here; they reach the open
 * case and the task executor through the shell's view model.
 */
public interface PlaceFactory {

    Node create(Place place, MainViewModel shell);
}
