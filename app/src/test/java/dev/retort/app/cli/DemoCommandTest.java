package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.analysis.AnalysisResults;
import dev.retort.store.CaseFile;
import dev.retort.store.workbench.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    /** Small enough for a unit test, big enough for the hydra campaign to be found. */
    private static final String SCALE = "0.05";

    @TempDir
    Path dir;

    private String previousHome;

    /** The export signs with the analyst's key in the Retort home: keep it out of the real ~/.retort. */
    @BeforeEach
    void privateRetortHome() {
        previousHome = System.getProperty("retort.home");
        System.setProperty("retort.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restoreRetortHome() {
        if (previousHome == null) {
            System.clearProperty("retort.home");
        } else {
            System.setProperty("retort.home", previousHome);
        }
    }

    @Test
    void demoRunsTheMainJobAndSaysWhereEachResultIs() throws Exception {
        Path out = dir.resolve("demo");

        CliRunner r = CliRunner.run("demo", "--out", out.toString(), "--scale", SCALE, "--quiet");

        assertEquals(0, r.exitCode(), r.err() + r.out());
        for (String step : new String[] {"[1/5] generate", "[2/5] import", "[3/5] analyze", "[4/5] dossier",
                "[5/5] export"}) {
            assertTrue(r.out().contains(step), "missing " + step + " in\n" + r.out());
        }
        DemoLayout layout = new DemoLayout(out.toAbsolutePath());
        assertTrue(r.out().contains("case file        " + layout.caseFile()), r.out());
        assertTrue(r.out().contains("dossier bundle   " + layout.export()), r.out());
        assertTrue(Files.isRegularFile(layout.data().resolve("truth.json")));
        try (CaseFile c = CaseFile.open(layout.caseFile())) {
            AnalysisResults results = AnalysisResults.latest(c).orElseThrow();
            assertFalse(results.confirmedCampaigns().isEmpty(), "the demo's hydra campaign was not found");
            assertFalse(Workbench.of(c).sections().isEmpty());
        }
        for (String file : new String[] {"dossier.pdf", "dossier.html", "dossier.json", "manifest.json"}) {
            assertTrue(Files.size(layout.export().resolve(file)) > 0, file + " missing from the bundle");
        }
    }

    @Test
    void demoRefusesANonEmptyDirectoryItDidNotMake() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(mine.resolve("keep.txt"), "an analyst's file\n");

        CliRunner r = CliRunner.run("demo", "--out", mine.toString(), "--scale", SCALE, "--quiet");

        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("retort: ") && r.err().contains("not empty"), r.err());
        assertTrue(Files.exists(mine.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(mine)) {
            assertEquals(1, files.count(), "nothing should have been written");
        }
    }
}
