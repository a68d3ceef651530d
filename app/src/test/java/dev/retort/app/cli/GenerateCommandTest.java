package dev.retort.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generateWritesDayFilesAccountsAndTruthAndReportsThroughput() {
        Path out = dir.resolve("gen");
        CliRunner r = CliRunner.run("generate", "--preset", "demo", "--scale", "0.05", "--format", "nginx",
                "--seed", "9", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("accounts.csv")));
        assertTrue(Files.isRegularFile(out.resolve("truth.json")));
        assertTrue(Files.isRegularFile(out.resolve("nginx-2026-04-20.log")));
        assertTrue(Files.isRegularFile(out.resolve("nginx-2026-05-03.log")));
        assertTrue(r.out().contains("exchanges in 14 files"), r.out());
        assertTrue(r.out().contains("exchanges/s"), r.out());
        assertEquals("", r.err(), "--quiet prints no progress");
    }

    @Test
    void unknownPresetFailsWithOneLineNamingTheChoices() {
        CliRunner r = CliRunner.run("generate", "--preset", "may-2030", "--out", dir.resolve("x").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown preset 'may-2030'") && r.err().contains("apr-2026"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void unknownFormatFailsWithOneLine() {
        CliRunner r = CliRunner.run("generate", "--preset", "demo", "--format", "parquet", "--out",
                dir.resolve("x").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown format 'parquet'"), r.err());
        assertTrue(Files.notExists(dir.resolve("x")), "nothing written");
    }
}
