package dev.retort.app.cli;

import dev.retort.store.RetortHome;
import java.nio.file.Path;

/**
 * Where {@code retort demo} puts what it makes, under one directory (by default {@code ~/.retort/demo}):
 * the generated logs, the case file and the exported dossier bundle.
 */
public record DemoLayout(Path dir) {

    /** The directory the launcher and a bare {@code retort demo} use. */
    public static DemoLayout standard() {
        return new DemoLayout(RetortHome.dir().resolve("demo"));
    }

    /** The generated logs, accounts.csv and truth.json. */
    public Path data() {
        return dir.resolve("data");
    }

    /** The case file the demo imports into and analyses. */
    public Path caseFile() {
        return dir.resolve("demo.retort");
    }

    /** The exported dossier bundle. */
    public Path export() {
        return dir.resolve("dossier");
    }
}
