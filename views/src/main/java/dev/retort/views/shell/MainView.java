package dev.retort.views.shell;

import dev.retort.store.CaseFile;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The main window's layout: menus, the welcome page or the places of the open case, and the status bar.
 * Builds nodes and binds them to {@link MainViewModel}; it holds no state of its own.
 */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final CaseFileChooser chooser;
    private final TabPane places = new TabPane();
    private final Map<Place, Tab> tabs = new EnumMap<>(Place.class);
    private final Menu recentMenu = new Menu("Open Recent");

    public MainView(MainViewModel model, CaseFileChooser chooser, PlaceFactory placeFactory) {
        this.model = model;
        this.chooser = chooser;
        setId("main-view");
        createPlaces(placeFactory);
        WelcomePane welcome = new WelcomePane(model, this::newCase, this::openCase, model::openCase);
        StackPane center = new StackPane(welcome, places);
        places.visibleProperty().bind(model.openCaseProperty().isNotNull());
        welcome.visibleProperty().bind(places.visibleProperty().not());
        setTop(createMenus());
        setCenter(center);
        setBottom(new StatusBar(model.tasks(), model));
        initListeners();
    }

    private void createPlaces(PlaceFactory factory) {
        places.setId("places");
        places.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Place place : Place.values()) {
            Tab tab = new Tab(place.title(), factory.create(place, model));
            tab.setId("place-" + place.name().toLowerCase());
            tabs.put(place, tab);
            places.getTabs().add(tab);
        }
    }

    private MenuBar createMenus() {
        MenuItem newCase = item("New Case…", "Shortcut+N", this::newCase);
        newCase.setId("menu-new-case");
        MenuItem open = item("Open Case…", "Shortcut+O", this::openCase);
        open.setId("menu-open-case");
        MenuItem close = item("Close Case", "Shortcut+W", model::closeCase);
        close.disableProperty().bind(model.openCaseProperty().isNull());
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window().hide());
        recentMenu.setId("menu-recent");
        refreshRecentMenu();
        Menu file = new Menu("File", null, newCase, open, recentMenu, close, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        Menu view = new Menu("View");
        for (Place place : Place.values()) {
            MenuItem go = item(place.title(), "Shortcut+" + place.shortcutDigit(), () -> model.placeProperty().set(place));
            go.disableProperty().bind(model.openCaseProperty().isNull());
            view.getItems().add(go);
        }
        Menu help = new Menu("Help", null, item("About Retort", null, this::about));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void initListeners() {
        model.recentCases().addListener((ListChangeListener<Path>) c -> refreshRecentMenu());
        model.placeProperty().addListener((obs, old, place) -> places.getSelectionModel().select(tabs.get(place)));
        places.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> tabs.forEach((place, t) -> {
            if (t == tab) {
                model.placeProperty().set(place);
            }
        }));
        model.lastErrorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText("Retort could not do that");
                alert.initOwner(window());
                alert.show();
                model.clearError();
            }
        });
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : model.recentCases()) {
            MenuItem item = new MenuItem(path.getFileName().toString());
            item.setOnAction(e -> model.openCase(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void newCase() {
        chooser.chooseNew(window()).ifPresent(path -> model.createCase(path, nameOf(path)));
    }

    private void openCase() {
        chooser.chooseExisting(window()).ifPresent(model::openCase);
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Retort " + dev.retort.store.ToolVersion.get() + "\nAn offline workstation for investigating "
                        + "distillation attacks on AI model APIs.");
        alert.setHeaderText("About Retort");
        alert.initOwner(window());
        alert.show();
    }

    static String nameOf(Path path) {
        String file = path.getFileName().toString();
        return file.endsWith(CaseFile.EXTENSION)
                ? file.substring(0, file.length() - CaseFile.EXTENSION.length()) : file;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
