package dev.retort.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A dictionary table (id, value UNIQUE) mirrored in memory: repeated strings (IPs, user agents, models) are stored
 * once and exchanges hold their id. Ids are assigned here (the import is the only writer) and new entries are
 * batch-inserted in the same transaction as the exchanges that use them, so a crash loses both or neither.
 */
final class Dictionary implements AutoCloseable {
    private final Map<String, Long> ids = new HashMap<>();
    private final PreparedStatement insert;
    private final boolean withOwner;
    private long nextId;
    private int pending;

    Dictionary(Connection conn, String table, String column) throws SQLException {
        this(conn, table, column, null);
    }

    /**
     * {@code table}, {@code column} and {@code ownerColumn} (an optional account id recorded with each new entry)
     * are fixed names from this package, never user input.
     */
    Dictionary(Connection conn, String table, String column, String ownerColumn) throws SQLException {
        this.withOwner = ownerColumn != null;
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, " + column + " FROM " + table)) {
            long max = 0;
            while (rs.next()) {
                long id = rs.getLong(1);
                ids.put(rs.getString(2), id);
                max = Math.max(max, id);
            }
            nextId = max + 1;
        }
        insert = conn.prepareStatement(withOwner
                ? "INSERT INTO " + table + "(id, " + column + ", " + ownerColumn + ") VALUES (?, ?, ?)"
                : "INSERT INTO " + table + "(id, " + column + ") VALUES (?, ?)");
    }

    /** The id of {@code value}, adding it when new; -1 for null. */
    long idOf(String value) throws SQLException {
        return idOf(value, -1);
    }

    /** As {@link #idOf(String)}, recording {@code owner} (an account id, -1 for none) with a new entry. */
    long idOf(String value, long owner) throws SQLException {
        if (value == null) {
            return -1;
        }
        Long id = ids.get(value);
        if (id != null) {
            return id;
        }
        long fresh = nextId++;
        ids.put(value, fresh);
        insert.setLong(1, fresh);
        insert.setString(2, value);
        if (withOwner) {
            if (owner < 0) {
                insert.setNull(3, java.sql.Types.INTEGER);
            } else {
                insert.setLong(3, owner);
            }
        }
        insert.addBatch();
        pending++;
        return fresh;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    int size() {
        return ids.size();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
