package dev.retort.views.dossier;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks for the export directory. The desktop uses the native dialog; tests answer directly. */
public interface DirectoryPicker {

    Optional<Path> choose(Window owner);

    static DirectoryPicker nativeDialog() {
        return owner -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("Export the dossier to (a new or empty folder)");
            return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
        };
    }
}
