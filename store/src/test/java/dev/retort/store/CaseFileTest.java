package dev.retort.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileTest {

    @TempDir
    Path dir;

    @Test
    void createdCaseReopensWithItsIdentity() {
        Path file = dir.resolve("x.retort");
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
        String id;
        try (CaseFile c = CaseFile.create(file, "Hydra", clock)) {
            id = c.info().id();
        }
        try (CaseFile c = CaseFile.open(file)) {
            CaseInfo info = c.info();
            assertEquals(id, info.id());
            assertEquals("Hydra", info.name());
            assertEquals(Instant.parse("2026-05-01T10:00:00Z"), info.createdAt());
            assertEquals(CaseFile.supportedSchemaVersion(), info.schemaVersion());
            assertEquals(ToolVersion.get(), info.createdWithVersion());
        }
    }

    @Test
    void openedCaseUsesWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("x.retort");
        CaseFile.create(file, "c").close();
        try (CaseFile c = CaseFile.open(file); Statement st = c.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path file = dir.resolve("exists.retort");
        Files.writeString(file, "keep me");
        assertThrows(CaseFileException.class, () -> CaseFile.create(file, "c"));
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void textFileIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("notes.txt");
        byte[] content = "just some notes\nnot a database\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        NotACaseFileException e = assertThrows(NotACaseFileException.class, () -> CaseFile.open(file));
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(List.of(file), Files.list(dir).toList(), "no -wal or -shm file may appear");
    }

    @Test
    void foreignSqliteDatabaseIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE t(x)");
            st.execute("INSERT INTO t VALUES (1)");
        }
        byte[] before = Files.readAllBytes(file);
        NotACaseFileException e = assertThrows(NotACaseFileException.class, () -> CaseFile.open(file));
        assertTrue(e.getMessage().contains("another application"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = dir.resolve("empty.retort");
        Files.createFile(file);
        assertThrows(NotACaseFileException.class, () -> CaseFile.open(file));
        assertEquals(0, Files.size(file));
    }

    @Test
    void caseFromNewerVersionIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("future.retort");
        CaseFile.create(file, "c").close();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement()) {
            st.execute("PRAGMA user_version = " + (CaseFile.supportedSchemaVersion() + 1));
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        NewerCaseFileException e = assertThrows(NewerCaseFileException.class, () -> CaseFile.open(file));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void missingFileIsReportedByName() {
        Path file = dir.resolve("nope.retort");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.open(file));
        assertTrue(e.getMessage().contains("nope.retort"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void creatingACaseIsAudited() {
        try (CaseFile c = CaseFile.create(dir.resolve("a.retort"), "c")) {
            c.audit().record("tester", "tag", "acct-1", "{\"tag\":\"suspect\"}");
            List<AuditEntry> entries = c.audit().recent(10);
            assertEquals(2, entries.size());
            assertEquals("tag", entries.get(0).action());
            assertEquals("tester", entries.get(0).actor());
            assertEquals("case.create", entries.get(1).action());
        }
    }
}
