package dev.retort.app.cli;

import dev.retort.app.Main;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort open CASE}: the window, opened on a case. */
@Command(name = "open", description = "Open the Retort window on a case.")
final class OpenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CASE", description = "the case file to open")
    Path path;

    @Override
    public Integer call() {
        Main.openWindow(new String[] {path.toString()});
        return 0;
    }
}
