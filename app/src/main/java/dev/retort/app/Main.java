package dev.retort.app;

import dev.retort.app.cli.DemoLayout;
import dev.retort.app.cli.RetortCommand;
import dev.retort.views.RetortApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * The entry point. With arguments it is the command line. With none it is the README's first command: where a
 * display exists it opens the window on the demo case (running the demo job first if that case is missing);
 * where none does it runs {@code retort demo}. Kept apart from the JavaFX {@link Application} class so the
 * JavaFX launcher's module check does not apply on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** What {@link #main} does, returning the exit code instead of exiting. */
    static int run(String[] args) {
        return args.length == 0 ? withoutArguments() : RetortCommand.commandLine().execute(args);
    }

    private static int withoutArguments() {
        if (!Display.available()) {
            System.err.println("retort: no display found; running the headless demo job instead of the window"
                    + " (see 'retort --help' for every command)");
            return RetortCommand.commandLine().execute("demo");
        }
        Path demoCase = DemoLayout.standard().caseFile();
        if (!Files.isRegularFile(demoCase)) {
            System.err.println("retort: first start: building the demo case before opening the window");
            int code = RetortCommand.commandLine().execute("demo");
            if (code != 0) {
                return code;
            }
        }
        try {
            openWindow(new String[] {demoCase.toString()});
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("retort: " + e.getMessage());
            return 2;
        }
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
