package dev.retort.views.shell;

import dev.retort.store.CaseFile;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file dialogs, filtered to {@code .retort} files. */
public final class NativeCaseFileChooser implements CaseFileChooser {

    @Override
    public Optional<Path> chooseNew(Window owner) {
        FileChooser chooser = chooser("New case");
        chooser.setInitialFileName("investigation" + CaseFile.EXTENSION);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName().endsWith(CaseFile.EXTENSION) ? file.getName()
                : file.getName() + CaseFile.EXTENSION;
        return Optional.of(file.toPath().resolveSibling(name));
    }

    @Override
    public Optional<Path> chooseExisting(Window owner) {
        return Optional.ofNullable(chooser("Open case").showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Retort cases", "*" + CaseFile.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
