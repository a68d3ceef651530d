package dev.retort.dossier.assemble;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.dossier.DossierException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads account rows and each account's most used IPs, clients and keys, for a set of account names. */
final class AccountQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOP = 3;

    private AccountQueries() {}

    /** The stored facts of an account, before scores and tags are added. */
    record Facts(long rowId, String account, String createdAt, String email, String payment, String country,
                 String orgId, Boolean verified, String firstSeen, String lastSeen, long exchangeCount) {
    }

    static String jsonArray(Collection<?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (Exception e) {
            throw new DossierException("cannot encode a value list", e);
        }
    }

    static Map<String, Facts> facts(Connection conn, Collection<String> accounts) {
        String sql = """
                SELECT id, account, created_at, email, payment_fingerprint, country, org_id, verified,
                       first_seen, last_seen, exchange_count
                FROM accounts WHERE account IN (SELECT value FROM json_each(?))
                ORDER BY account
                """;
        Map<String, Facts> out = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, jsonArray(accounts));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int v = rs.getInt(8);
                    Boolean verified = rs.wasNull() ? null : v != 0;
                    out.put(rs.getString(2), new Facts(rs.getLong(1), rs.getString(2), Times.isoMillis(rs, 3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), verified,
                            Times.isoMillis(rs, 9), Times.isoMillis(rs, 10), rs.getLong(11)));
                }
            }
        } catch (SQLException e) {
            throw new DossierException("cannot read accounts", e);
        }
        return out;
    }

    /** For each account row id, its up to three most used values of one dictionary column (ip, ua or key). */
    static Map<Long, List<String>> topValues(Connection conn, Collection<Long> accountRowIds, Dimension dim) {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(dim.sql)) {
            ps.setString(1, jsonArray(accountRowIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> list = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(TOP));
                    if (list.size() < TOP) {
                        list.add(rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new DossierException("cannot read the accounts' " + dim.name().toLowerCase(), e);
        }
        return out;
    }

    /** The dictionary columns an account row lists. SQL is fixed text; only the account ids are bound. */
    enum Dimension {
        IPS("""
                SELECT e.account_id, d.ip, COUNT(*) AS n FROM exchanges e JOIN ips d ON d.id = e.ip_id
                WHERE e.account_id IN (SELECT value FROM json_each(?))
                GROUP BY e.account_id, e.ip_id ORDER BY e.account_id, n DESC
                """),
        USER_AGENTS("""
                SELECT e.account_id, d.ua, COUNT(*) AS n FROM exchanges e JOIN user_agents d ON d.id = e.ua_id
                WHERE e.account_id IN (SELECT value FROM json_each(?))
                GROUP BY e.account_id, e.ua_id ORDER BY e.account_id, n DESC
                """),
        KEYS("""
                SELECT e.account_id, d.key, COUNT(*) AS n FROM exchanges e JOIN api_keys d ON d.id = e.key_id
                WHERE e.account_id IN (SELECT value FROM json_each(?))
                GROUP BY e.account_id, e.key_id ORDER BY e.account_id, n DESC
                """);

        private final String sql;

        Dimension(String sql) {
            this.sql = sql;
        }
    }
}
