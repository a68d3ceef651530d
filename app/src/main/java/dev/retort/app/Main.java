package dev.retort.app;

import dev.retort.app.cli.RetortCommand;
import dev.retort.views.RetortApplication;
import javafx.application.Application;

/**
 * The entry point. With arguments it is the command line; with none it opens the window. Kept apart from the
 * JavaFX {@link Application} class so the JavaFX launcher's module check does not apply on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            try {
                openWindow(args);
            } catch (IllegalStateException e) {
                System.err.println("retort: " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        System.exit(RetortCommand.commandLine().execute(args));
    }

    /** Opens the window, optionally on a case; refuses with a clear message where there is no display. */
    public static void openWindow(String[] caseArgs) {
        if (!Display.available()) {
            throw new IllegalStateException(
                    "no display found (DISPLAY is not set); use the command line, see 'retort --help'");
        }
        Application.launch(RetortApplication.class, caseArgs);
    }
}
