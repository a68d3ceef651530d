package dev.retort.dossier.assemble;

import dev.retort.dossier.DossierException;
import dev.retort.dossier.model.ExchangeRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads exemplar exchanges with their text and the source file and line each came from. */
final class ExchangeQueries {
    private ExchangeQueries() {}

    /** The earliest exchanges with prompt text of the given accounts (row ids), up to {@code limit}. */
    static List<Long> earliestWithText(Connection conn, Collection<Long> accountRowIds, int limit) {
        String sql = """
                SELECT e.id FROM exchanges e JOIN exchange_texts t ON t.exchange_id = e.id
                WHERE e.account_id IN (SELECT value FROM json_each(?)) AND t.prompt IS NOT NULL
                ORDER BY e.ts, e.id LIMIT ?
                """;
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, AccountQueries.jsonArray(accountRowIds));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new DossierException("cannot pick exemplar exchanges", e);
        }
        return out;
    }

    /** The exchanges with these ids, in time order; {@code campaignOf} maps account name to campaign id. */
    static List<ExchangeRow> byIds(Connection conn, Collection<Long> ids, Map<String, String> campaignOf,
                                   Map<Long, List<String>> tagsByExchange) {
        String sql = """
                SELECT e.id, e.ts, a.account, i.ip, u.ua, k.key, m.name, e.tokens_in, e.tokens_out, e.status,
                       e.request_id, t.prompt, t.response, s.file_name, e.source_line
                FROM exchanges e
                LEFT JOIN accounts a ON a.id = e.account_id
                LEFT JOIN ips i ON i.id = e.ip_id
                LEFT JOIN user_agents u ON u.id = e.ua_id
                LEFT JOIN api_keys k ON k.id = e.key_id
                LEFT JOIN models m ON m.id = e.model_id
                LEFT JOIN exchange_texts t ON t.exchange_id = e.id
                LEFT JOIN sources s ON s.id = e.source_id
                WHERE e.id IN (SELECT value FROM json_each(?))
                ORDER BY e.ts, e.id
                """;
        List<ExchangeRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, AccountQueries.jsonArray(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String account = rs.getString(3);
                    Long status = Times.nullableLong(rs, 10);
                    out.add(new ExchangeRow(id, Instant.ofEpochMilli(rs.getLong(2)).toString(), account,
                            account == null ? null : campaignOf.get(account), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Times.nullableLong(rs, 8), Times.nullableLong(rs, 9),
                            status == null ? null : status.intValue(), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), rs.getLong(15),
                            tagsByExchange.getOrDefault(id, List.of())));
                }
            }
        } catch (SQLException e) {
            throw new DossierException("cannot read exemplar exchanges", e);
        }
        return out;
    }
}
