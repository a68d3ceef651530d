package dev.retort.views.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the analyst for a case file. The desktop uses native file dialogs; tests answer directly. */
public interface CaseFileChooser {

    Optional<Path> chooseNew(Window owner);

    Optional<Path> chooseExisting(Window owner);
}
