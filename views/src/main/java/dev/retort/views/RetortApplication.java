package dev.retort.views;

import atlantafx.base.theme.PrimerLight;
import dev.retort.store.RetortHome;
import dev.retort.views.places.RetortPlaces;
import dev.retort.views.shell.MainView;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.NativeCaseFileChooser;
import dev.retort.views.shell.RecentCases;
import dev.retort.views.task.BackgroundTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: wires the shell's services and shows the main window. */
public final class RetortApplication extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainViewModel model = new MainViewModel(new BackgroundTaskExecutor(),
                new RecentCases(RetortHome.dir().resolve("recent-cases.txt")));
        MainView view = new MainView(model, new NativeCaseFileChooser(),
                new RetortPlaces(RetortPlaces.Services.desktop(RetortHome.dir())));
        stage.titleProperty().bind(model.windowTitleProperty());
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(RetortPlaces.STYLESHEET);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.shutdown());
        stage.show();
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            model.openCase(Path.of(args.get(0)));
        }
    }
}
