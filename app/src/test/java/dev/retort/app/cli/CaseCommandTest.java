package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import dev.retort.store.ToolVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {

    @TempDir
    Path dir;

    @Test
    void versionPrintsTheToolVersion() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.exitCode());
        assertEquals("retort " + ToolVersion.get(), r.out().strip());
    }

    @Test
    void helpListsTheCaseCommand() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("case"), r.out());
    }

    @Test
    void createThenInfoPrintsIdNameSchemaAndToolVersion() {
        Path file = dir.resolve("x.retort");
        CliRunner created = CliRunner.run("case", "create", file.toString());
        assertEquals(0, created.exitCode(), created.err());
        CliRunner info = CliRunner.run("case", "info", file.toString());
        assertEquals(0, info.exitCode(), info.err());
        String id;
        try (CaseFile c = CaseFile.open(file)) {
            id = c.info().id();
        }
        assertTrue(info.out().contains("id:             " + id), info.out());
        assertTrue(info.out().contains("name:           x"), info.out());
        assertTrue(info.out().contains("schema version: " + CaseFile.supportedSchemaVersion()), info.out());
        assertTrue(info.out().contains("tool version:   " + ToolVersion.get()), info.out());
    }

    @Test
    void infoOnATextFileFailsWithOneLineAndLeavesItByteIdentical() throws Exception {
        Path file = dir.resolve("readme.txt");
        byte[] content = "hello\n".getBytes();
        Files.write(file, content);
        CliRunner r = CliRunner.run("case", "info", file.toString());
        assertNotEquals(0, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("retort: ") && r.err().contains("not a Retort case"), r.err());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void infoOnAForeignSqliteDatabaseFailsAndLeavesItByteIdentical() throws Exception {
        Path file = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        byte[] before = Files.readAllBytes(file);
        CliRunner r = CliRunner.run("case", "info", file.toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("another application"), r.err());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void createRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("taken.retort");
        Files.writeString(file, "precious");
        CliRunner r = CliRunner.run("case", "create", file.toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void everySubcommandAnswersHelp() {
        for (String sub : new String[] {"case", "import", "analyze", "evaluate", "generate", "dossier", "verify",
                "demo", "open"}) {
            CliRunner r = CliRunner.run(sub, "--help");
            assertEquals(0, r.exitCode(), sub + ": " + r.err());
            assertTrue(r.out().contains("Usage: retort " + sub), sub + ": " + r.out());
        }
    }

    @Test
    void unknownSubcommandFails() {
        assertNotEquals(0, CliRunner.run("frobnicate").exitCode());
    }
}
