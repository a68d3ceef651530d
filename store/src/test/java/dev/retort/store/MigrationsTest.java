package dev.retort.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @Test
    void splitterKeepsTriggerBodiesWhole() {
        String script = """
                -- comment
                CREATE TABLE a (x INTEGER);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  INSERT INTO a VALUES (1);
                  INSERT INTO a VALUES (2);
                END;
                CREATE INDEX i ON a(x);
                """;
        List<String> statements = Migrations.statements(script);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).startsWith("CREATE TRIGGER") && statements.get(1).endsWith("END;"));
    }

    @Test
    void everyMigrationAppliesOnAnEmptyDatabaseAndBumpsTheVersion(@TempDir Path dir) throws Exception {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"))) {
            Migrations.migrate(conn, 0);
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertEquals(Migrations.latestVersion(), rs.getInt(1));
            }
            Migrations.migrate(conn, Migrations.latestVersion()); // nothing pending: a no-op
        }
    }
}
