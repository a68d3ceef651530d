package dev.retort.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/**
 * One investigation: a single SQLite file holding everything imported, analysed and written about a case.
 * Holds the one writer connection; readers for background queries come from {@link #openReader()} (WAL lets them
 * run beside the writer).
 */
public final class CaseFile implements AutoCloseable {

    /** The suggested extension for case files. */
    public static final String EXTENSION = ".retort";

    private final Path path;
    private final Connection conn;
    private final Clock clock;
    private final AuditLog audit;

    private CaseFile(Path path, Connection conn, Clock clock) {
        this.path = path;
        this.conn = conn;
        this.clock = clock;
        this.audit = new AuditLog(conn, clock);
    }

    /** Creates a new case at {@code path}, which must not exist yet. */
    public static CaseFile create(Path path, String name) {
        return create(path, name, Clock.systemUTC());
    }

    public static CaseFile create(Path path, String name, Clock clock) {
        if (Files.exists(path)) {
            throw new CaseFileException(path, "already exists; open it instead or choose another name");
        }
        if (name == null || name.isBlank()) {
            throw new CaseFileException(path, "a case needs a name");
        }
        Connection conn = null;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            conn = connect(path, false);
            try (Statement st = conn.createStatement()) {
                // Stamp the file as ours before anything else, so a half-created file is still recognisable.
                st.execute("PRAGMA application_id = " + CaseHeader.RETORT_APPLICATION_ID);
            }
            configure(conn);
            Migrations.migrate(conn, 0);
            String id = UUID.randomUUID().toString();
            try (PreparedStatement ps = conn.prepareStatement("""
                    INSERT INTO case_meta(id, name, created_at, created_by, tool_version) VALUES (?, ?, ?, ?, ?)
                    """)) {
                ps.setString(1, id);
                ps.setString(2, name);
                ps.setString(3, clock.instant().toString());
                ps.setString(4, Analyst.current());
                ps.setString(5, ToolVersion.get());
                ps.executeUpdate();
            }
            CaseFile c = new CaseFile(path, conn, clock);
            c.audit.record("case.create", path.getFileName().toString(), null);
            return c;
        } catch (SQLException | IOException e) {
            closeQuietly(conn);
            throw new CaseFileException(path, "cannot create case: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing case, applying any pending migrations. A file that is not a Retort case, or one from a
     * newer Retort, is refused before SQLite ever opens it for writing.
     */
    public static CaseFile open(Path path) {
        return open(path, Clock.systemUTC());
    }

    public static CaseFile open(Path path, Clock clock) {
        checkIsOpenableCase(path);
        Connection conn = null;
        try {
            conn = connect(path, false);
            configure(conn);
            int version = userVersion(conn);
            if (version > Migrations.latestVersion()) { // the WAL may hold a newer version than the header showed
                throw new NewerCaseFileException(path, version, Migrations.latestVersion());
            }
            Migrations.migrate(conn, version);
            return new CaseFile(path, conn, clock);
        } catch (SQLException e) {
            closeQuietly(conn);
            throw new CaseFileException(path, "cannot open case: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    /** Throws unless {@code path} looks like a Retort case this version can open. Reads bytes only. */
    public static void checkIsOpenableCase(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new CaseFileException(path, "no such case file");
        }
        CaseHeader header;
        try {
            header = CaseHeader.read(path);
        } catch (IOException e) {
            throw new CaseFileException(path, "cannot read: " + e.getMessage(), e);
        }
        if (!header.isSqlite()) {
            throw new NotACaseFileException(path, "not an SQLite database");
        }
        if (!header.isRetortCase()) {
            throw new NotACaseFileException(path, "an SQLite database from another application");
        }
        if (header.userVersion() > Migrations.latestVersion()) {
            throw new NewerCaseFileException(path, header.userVersion(), Migrations.latestVersion());
        }
    }

    /** The schema version this build creates and understands. */
    public static int supportedSchemaVersion() {
        return Migrations.latestVersion();
    }

    public Path path() {
        return path;
    }

    /** The writer connection. Only one thread writes at a time; callers own their transactions. */
    public Connection connection() {
        return conn;
    }

    /** A new read-only connection for a background query; the caller closes it. */
    public Connection openReader() {
        try {
            Connection reader = connect(path, true);
            try (Statement st = reader.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
            }
            return reader;
        } catch (SQLException e) {
            throw new CaseFileException(path, "cannot open a reader: " + e.getMessage(), e);
        }
    }

    public AuditLog audit() {
        return audit;
    }

    public Clock clock() {
        return clock;
    }

    public CaseInfo info() {
        String sql = "SELECT id, name, created_at, created_by, tool_version FROM case_meta";
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new CaseFileException(path, "case metadata is missing");
            }
            return new CaseInfo(path, rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                    rs.getString(4), rs.getString(5), userVersion(conn), ToolVersion.get());
        } catch (SQLException e) {
            throw new CaseFileException(path, "cannot read case metadata: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Statement st = conn.createStatement()) {
            // Fold the WAL back so the file alone is the whole case (copyable, hashable, header up to date).
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // The data is safe in the WAL either way; SQLite recovers it on the next open.
        }
        closeQuietly(conn);
    }

    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        }
        return DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), props);
    }

    private static void configure(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA busy_timeout = 10000");
        }
    }

    private static int userVersion(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection conn) {
        if (conn == null) {
            return;
        }
        try {
            conn.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the original error is the one worth reporting.
        }
    }
}
