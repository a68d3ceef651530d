package dev.retort.views.network;

import dev.retort.analysis.AccountScore;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Indicator;
import dev.retort.analysis.IndicatorKind;
import dev.retort.analysis.Reason;
import dev.retort.store.StoreException;
import dev.retort.views.selection.IndicatorRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the inspector's content for a node, reading the account's row from the case in the background. */
final class Inspector {
    private static final int LISTED = 30;

    private Inspector() {
    }

    static Inspection inspect(NetworkData data, GraphNode node, Connection reader) {
        return switch (node.type()) {
            case CAMPAIGN, MORE -> campaign(data, node);
            case ACCOUNT -> account(data, node, reader);
            case INDICATOR -> indicator(data, node);
        };
    }

    private static Inspection campaign(NetworkData data, GraphNode node) {
        CampaignResult c = data.campaign(node.key());
        if (c == null) {
            return new Inspection(node.id(), node.type(), node.key(), "not in the latest analysis", List.of(),
                    List.of(), null, List.of(), null);
        }
        List<String> facts = new ArrayList<>();
        facts.add(String.format("Score %.2f · verdict %s", c.score(), c.verdict()));
        facts.add(String.format("%,d accounts · %,d exchanges", c.accounts().size(), c.exchanges()));
        facts.add("Active " + c.windowStart() + " – " + c.windowEnd());
        if (c.rampEnd() != null) {
            facts.add("Ramp-up ended " + c.rampEnd());
        }
        c.signals().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(s -> facts.add(String.format("Signal %s = %.2f", s.getKey(), s.getValue())));
        if (node.type() == GraphNode.Type.MORE) {
            facts.add(0, node.label() + " are not drawn (the busiest are); the Accounts view lists them all");
        }
        List<String> evidence = reasons(c.reasons());
        return new Inspection(node.id(), node.type(), "Campaign " + c.id(), c.verdict(), facts, evidence, c.id(),
                List.of(), null);
    }

    private static Inspection account(NetworkData data, GraphNode node, Connection reader) {
        String account = node.key();
        List<String> facts = new ArrayList<>();
        AccountScore score = data.score(account);
        String campaign = data.campaignOf(account);
        facts.add(score == null ? "Not scored" : String.format("Score %.2f", score.score()));
        facts.add(campaign == null ? "In no campaign" : "Member of " + campaign);
        facts.addAll(accountRow(reader, account));
        for (Indicator i : data.indicatorsOf(account)) {
            facts.add(String.format("Shares %s %s with %d accounts", i.kind().code(), i.value(), i.accounts().size() - 1));
        }
        List<String> evidence = score == null ? List.of() : reasons(score.reasons());
        return new Inspection(node.id(), node.type(), "Account " + account, campaign == null ? "" : campaign, facts,
                evidence, campaign, List.of(account), null);
    }

    private static Inspection indicator(NetworkData data, GraphNode node) {
        IndicatorKind kind = node.indicator();
        Indicator i = data.indicator(kind, node.key());
        List<String> facts = new ArrayList<>();
        facts.add(kind.description());
        List<String> accounts = i == null ? List.of() : i.accounts();
        facts.add(String.format("Shared by %,d accounts · link weight %.2f", accounts.size(), i == null ? 0 : i.weight()));
        List<String> evidence = new ArrayList<>();
        accounts.stream().sorted(Comparator.comparingLong((String a) -> data.accounts().exchanges(a)).reversed())
                .limit(LISTED)
                .forEach(a -> evidence.add(a + " — " + (data.campaignOf(a) == null ? "no campaign" : data.campaignOf(a))
                        + String.format(" · %,d exchanges", data.accounts().exchanges(a))));
        if (accounts.size() > LISTED) {
            evidence.add("… and " + (accounts.size() - LISTED) + " more");
        }
        return new Inspection(node.id(), node.type(), kind.code() + ": " + node.key(), "shared value", facts, evidence,
                null, accounts, new IndicatorRef(kind.code(), node.key()));
    }

    private static List<String> reasons(List<Reason> reasons) {
        List<String> out = new ArrayList<>();
        for (Reason r : reasons) {
            String cited = r.exchangeIds().isEmpty() ? ""
                    : " — exchanges " + r.exchangeIds().stream().limit(8).map(id -> "#" + id).toList();
            out.add(String.format("%s (%s, weight %.2f)%s", r.text(), r.code(), r.weight(), cited));
        }
        return out;
    }

    private static List<String> accountRow(Connection reader, String account) {
        String sql = """
                SELECT a.created_at, a.email, a.payment_fingerprint, a.country, a.org_id, a.first_seen, a.last_seen,
                       a.exchange_count, s.file_name, a.source_line
                FROM accounts a LEFT JOIN sources s ON s.id = a.source_id
                WHERE a.account = ?
                """;
        List<String> facts = new ArrayList<>();
        try (PreparedStatement ps = reader.prepareStatement(sql)) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    facts.add("Not in the case's accounts table");
                    return facts;
                }
                facts.add(String.format("%,d exchanges, first %s, last %s", rs.getLong(8), time(rs, 6), time(rs, 7)));
                facts.add("Created " + time(rs, 1));
                addIfPresent(facts, "E-mail ", rs.getString(2));
                addIfPresent(facts, "Payment ", rs.getString(3));
                addIfPresent(facts, "Country ", rs.getString(4));
                addIfPresent(facts, "Organisation ", rs.getString(5));
                facts.add("Source " + rs.getString(9) + ":" + rs.getLong(10));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read account " + account + ": " + e.getMessage(), e);
        }
        return facts;
    }

    private static String time(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? "unknown" : Instant.ofEpochMilli(ms).toString();
    }

    private static void addIfPresent(List<String> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(label + value);
        }
    }
}
