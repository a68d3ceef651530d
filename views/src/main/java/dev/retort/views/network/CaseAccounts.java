package dev.retort.views.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The case's accounts as the network and the timeline need them: name to row id and exchange count, and back. One
 * query of {@code accounts} (a few milliseconds at 25,000 accounts), made in the background.
 */
public final class CaseAccounts {
    private final Map<String, Integer> idByName;
    private final String[] nameById;
    private final long[] countById;

    private CaseAccounts(Map<String, Integer> idByName, String[] nameById, long[] countById) {
        this.idByName = idByName;
        this.nameById = nameById;
        this.countById = countById;
    }

    public static CaseAccounts load(Connection conn) throws SQLException {
        int max = 0;
        try (PreparedStatement ps = conn.prepareStatement("SELECT coalesce(max(id), 0) FROM accounts");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                max = rs.getInt(1);
            }
        }
        Map<String, Integer> byName = new HashMap<>();
        String[] names = new String[max + 1];
        long[] counts = new long[max + 1];
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, account, exchange_count FROM accounts");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int id = rs.getInt(1);
                names[id] = rs.getString(2);
                counts[id] = rs.getLong(3);
                byName.put(names[id], id);
            }
        }
        return new CaseAccounts(byName, names, counts);
    }

    /** The largest account row id (arrays indexed by account id need this length plus one). */
    public int maxId() {
        return nameById.length - 1;
    }

    /** Row id of an account name, or -1 when the case has no such account. */
    public int id(String account) {
        Integer id = idByName.get(account);
        return id == null ? -1 : id;
    }

    public String name(int id) {
        return id >= 0 && id < nameById.length ? nameById[id] : null;
    }

    /** Exchanges of an account (0 when unknown). */
    public long exchanges(String account) {
        int id = id(account);
        return id < 0 ? 0 : countById[id];
    }

    public int size() {
        return idByName.size();
    }

    /** A copy of the exchange counts indexed by row id. */
    long[] countsById() {
        return Arrays.copyOf(countById, countById.length);
    }
}
