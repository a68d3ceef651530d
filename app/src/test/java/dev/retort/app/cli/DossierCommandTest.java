package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierCommandTest {
    @TempDir
    Path dir;
    private String savedHome;

    @BeforeEach
    void isolateTheSigningKey() {
        savedHome = System.getProperty("retort.home");
        System.setProperty("retort.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restoreHome() {
        if (savedHome == null) {
            System.clearProperty("retort.home");
        } else {
            System.setProperty("retort.home", savedHome);
        }
    }

    @Test
    void exportBuildsTheDefaultDossierThenVerifyAcceptsTheBundleAndNamesATamperedFile() throws Exception {
        Path caseFile = dir.resolve("c.retort");
        assertEquals(0, CliRunner.run("case", "create", caseFile.toString()).exitCode());
        CliRunner show = CliRunner.run("dossier", "show", "--case", caseFile.toString());
        assertTrue(show.out().contains("no dossier yet"), show.out());

        Path out = dir.resolve("bundle");
        CliRunner export = CliRunner.run("dossier", "export", "--case", caseFile.toString(), "--out", out.toString(),
                "--formats", "json,csv,stix", "--profile", "briefing", "--quiet");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains("built the default one"), export.out());
        assertTrue(Files.exists(out.resolve("manifest.sig")));
        assertTrue(CliRunner.run("dossier", "show", "--case", caseFile.toString()).out().contains("custody"));

        CliRunner ok = CliRunner.run("verify", out.toString());
        assertEquals(0, ok.exitCode(), ok.out());
        assertTrue(ok.out().contains("OK: the bundle is intact."), ok.out());

        Files.writeString(out.resolve("accounts.csv"), "account\nsomeone-else\n");
        CliRunner bad = CliRunner.run("verify", out.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.out().contains("CHANGED   accounts.csv"), bad.out());
    }

    @Test
    void anUnknownProfileIsOneClearError() throws Exception {
        Path caseFile = dir.resolve("c.retort");
        CliRunner.run("case", "create", caseFile.toString());
        CliRunner r = CliRunner.run("dossier", "export", "--case", caseFile.toString(), "--out",
                dir.resolve("b").toString(), "--profile", "press");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("retort: unknown redaction profile 'press'"), r.err());
    }
}
