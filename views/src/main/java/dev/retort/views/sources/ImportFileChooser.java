package dev.retort.views.sources;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks the analyst which files to import. The desktop uses the native dialog; tests answer directly. */
public interface ImportFileChooser {

    /** The files to import, or an empty list when the analyst cancelled. */
    List<Path> chooseFiles(Window owner, String title);

    /** The platform's file dialog. */
    static ImportFileChooser nativeDialog() {
        return (owner, title) -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(
                    new javafx.stage.FileChooser.ExtensionFilter("Logs", "*.jsonl", "*.json", "*.csv", "*.log",
                            "*.gz", "*.txt"),
                    new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
            List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
        };
    }
}
