package dev.retort.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema migrations. A case's {@code PRAGMA user_version} is the number of the last migration
 * applied; opening a case applies the ones after it, each in its own transaction with the version bump.
 */
final class Migrations {

    /** In order; migration N is SCRIPTS.get(N - 1). Append only: never edit or reorder a released script. */
    static final List<String> SCRIPTS = List.of(
            "V001__case.sql",
            "V002__ingest.sql",
            "V003__analysis.sql",
            "V004__workbench.sql");

    private Migrations() {}

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static void migrate(Connection conn, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            apply(conn, version, SCRIPTS.get(version - 1));
        }
    }

    private static void apply(Connection conn, int version, String script) throws SQLException {
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            for (String sql : statements(load(script))) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + version); // a pragma takes no bound parameter; version is ours
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }

    /**
     * Splits a script into statements at lines ending in ';', keeping CREATE TRIGGER ... BEGIN ... END; blocks whole.
     * Comment lines are dropped.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBlock = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase();
            if (upper.startsWith("CREATE TRIGGER")) {
                inBlock = true;
            }
            boolean ends = inBlock ? upper.equals("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inBlock = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
