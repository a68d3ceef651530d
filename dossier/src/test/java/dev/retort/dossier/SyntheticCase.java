package dev.retort.dossier;

import dev.retort.analysis.AccountScore;
import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Indicator;
import dev.retort.analysis.IndicatorKind;
import dev.retort.analysis.Reason;
import dev.retort.analysis.RunInfo;
import dev.retort.store.CaseFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills a case with a known distillation campaign and some ordinary accounts, straight into the V002 tables, plus
 * one analysis run (V003) that flags the campaign. Used by the tests (small, with hostile prompt text) and by the
 * export benchmark (a 25,000-account campaign).
 */
final class SyntheticCase {
    static final String CAMPAIGN = "C-5d1e7a20";
    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    static final String HOSTILE_PROMPT = "<script>alert('x')</script> =HYPERLINK(\"http://evil.example/\") "
            + "\u202Egnp.exe\u202C <img src=\"http://tracker.example/p.png\"/> " + "A".repeat(12_000);

    final List<String> members = new ArrayList<>();
    final List<String> memberEmails = new ArrayList<>();
    final List<String> memberCards = new ArrayList<>();
    final List<String> memberIps = new ArrayList<>();
    final List<String> apiKeys = new ArrayList<>();
    final List<String> prompts = new ArrayList<>();

    static SyntheticCase fill(CaseFile c, int campaignAccounts, int otherAccounts, int exchangesPerAccount,
                              boolean hostile) throws SQLException {
        SyntheticCase s = new SyntheticCase();
        Connection conn = c.connection();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO sources(id, path, file_name, sha256, size_bytes, format, imported_at, imported_by,
                                        rows_imported)
                    VALUES (1, '/evidence/litellm-2026-03-02.jsonl', 'litellm-2026-03-02.jsonl',
                            '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 123456789, 'litellm',
                            '2026-03-20T09:00:00Z', 'analyst', 1000),
                           (2, '/evidence/accounts.csv', 'accounts.csv',
                            '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752', 4567890, 'accounts',
                            '2026-03-20T09:01:00Z', 'analyst', 100)
                    """);
            st.executeUpdate("INSERT INTO models(id, name) VALUES (1, 'frontier-2'), (2, 'frontier-3')");
            st.executeUpdate("""
                    INSERT INTO user_agents(id, ua) VALUES (1, 'python-httpx/0.27.0 harvest-kit/1.3'),
                      (2, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15')
                    """);
        }
        int total = campaignAccounts + otherAccounts;
        try (PreparedStatement acc = conn.prepareStatement("""
                INSERT INTO accounts(id, account, created_at, email, payment_fingerprint, country, org_id, verified,
                                     first_seen, last_seen, exchange_count, source_id, source_line)
                VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 2, ?)
                """);
             PreparedStatement ip = conn.prepareStatement("INSERT INTO ips(id, ip) VALUES (?, ?)");
             PreparedStatement key = conn.prepareStatement("INSERT INTO api_keys(id, key, account_id) VALUES (?, ?, ?)");
             PreparedStatement ex = conn.prepareStatement("""
                     INSERT INTO exchanges(id, ts, account_id, key_id, ip_id, ua_id, model_id, tokens_in, tokens_out,
                                           status, latency_ms, prompt_simhash, request_id, dedup_key, source_id,
                                           source_line)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 200, 900, ?, ?, ?, 1, ?)
                     """);
             PreparedStatement text = conn.prepareStatement(
                     "INSERT INTO exchange_texts(exchange_id, prompt, response) VALUES (?, ?, ?)")) {
            long exId = 0;
            Map<String, Integer> ipIds = new java.util.HashMap<>();
            for (int i = 0; i < total; i++) {
                boolean member = i < campaignAccounts;
                int id = i + 1;
                String name = member ? String.format("acct-c%05d", i) : String.format("acct-o%05d", i);
                String email = member ? String.format("dl.w%05d@mailbox-relay.net", i)
                        : String.format("jordan.%d@example-corp.com", i);
                String card = member ? String.format("pf_%08x", 0x5eed0000 + i / 50) : String.format("pf_%08x", i);
                String addr = member ? String.format("203.0.%d.%d", 113 + (i / 250) % 3, 1 + i % 250)
                        : String.format("192.0.2.%d", 1 + i % 250);
                String apiKey = String.format("sk-hash-%08x", 0x1000 + i);
                long created = T0.minusSeconds(member ? 86_400 * 3 + i : 86_400L * 400 + i).toEpochMilli();
                long first = T0.toEpochMilli();
                long last = T0.plusSeconds(86_400L * 10).toEpochMilli();
                acc.setInt(1, id);
                acc.setString(2, name);
                acc.setLong(3, created);
                acc.setString(4, email);
                acc.setString(5, card);
                acc.setString(6, member ? "SG" : "US");
                acc.setInt(7, member ? 0 : 1);
                acc.setLong(8, first);
                acc.setLong(9, last);
                acc.setLong(10, exchangesPerAccount);
                acc.setInt(11, id + 1);
                acc.addBatch();
                Integer ipId = ipIds.get(addr);
                if (ipId == null) {
                    ipId = ipIds.size() + 1;
                    ipIds.put(addr, ipId);
                    ip.setInt(1, ipId);
                    ip.setString(2, addr);
                    ip.addBatch();
                }
                key.setInt(1, id);
                key.setString(2, apiKey);
                key.setInt(3, id);
                key.addBatch();
                if (member) {
                    s.members.add(name);
                    s.memberEmails.add(email);
                    s.memberCards.add(card);
                    s.memberIps.add(addr);
                }
                s.apiKeys.add(apiKey);
                for (int k = 0; k < exchangesPerAccount; k++) {
                    exId++;
                    long ts = T0.toEpochMilli() + (member ? ((long) k * 864_000_000L / exchangesPerAccount + i * 7_919L)
                            : ((long) (k * 37 + i) % 240) * 3_600_000L + 9 * 3_600_000L);
                    String prompt = member
                            ? (hostile && i == 0 && k == 0 ? HOSTILE_PROMPT
                                : "Solve step by step and show all reasoning: implement a Rust function #" + (i * 31 + k)
                                        + " that parses the agent transcript and plans the next 12 tool calls.")
                            : "Summarise the attached meeting notes for account review " + i + "/" + k;
                    ex.setLong(1, exId);
                    ex.setLong(2, ts);
                    ex.setInt(3, id);
                    ex.setInt(4, id);
                    ex.setInt(5, ipId);
                    ex.setInt(6, member ? 1 : 2);
                    ex.setInt(7, member ? 2 : 1);
                    ex.setInt(8, 400 + k);
                    ex.setInt(9, 1800 + k);
                    ex.setLong(10, prompt.hashCode());
                    ex.setString(11, "req-" + exId);
                    ex.setLong(12, exId * 2_654_435_761L);
                    ex.setLong(13, exId);
                    ex.addBatch();
                    text.setLong(1, exId);
                    text.setString(2, prompt);
                    text.setString(3, "Step 1: read the transcript. Step 2: ... (answer " + exId + ")");
                    text.addBatch();
                    if (exId % 10_000 == 0) {
                        ex.executeBatch();
                        text.executeBatch();
                    }
                    if (member && k < 2 && i < 4) {
                        s.prompts.add(prompt);
                    }
                }
                if (i % 5_000 == 4_999) {
                    acc.executeBatch();
                    ip.executeBatch();
                    key.executeBatch();
                }
            }
            acc.executeBatch();
            ip.executeBatch();
            key.executeBatch();
            ex.executeBatch();
            text.executeBatch();
        }
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO rollup_account_hour(account_id, hour, exchanges, tokens_in, tokens_out)
                    SELECT account_id, ts / 3600000, COUNT(*), SUM(tokens_in), SUM(tokens_out)
                    FROM exchanges GROUP BY account_id, ts / 3600000
                    """);
        }
        conn.commit();
        conn.setAutoCommit(true);
        s.saveAnalysis(c, exchangesPerAccount);
        return s;
    }

    private void saveAnalysis(CaseFile c, int exchangesPerAccount) {
        Instant end = T0.plusSeconds(86_400L * 10);
        String card = memberCards.get(0);
        String ip = memberIps.get(0);
        List<Reason> reasons = List.of(
                new Reason("shared_card", 0.35, members.size() + " accounts paid with " + Math.max(1, members.size() / 50)
                        + " cards, e.g. " + card, List.of(1L, 2L)),
                new Reason("shared_subnet", 0.25, "accounts connect from 3 networks, e.g. " + ip, List.of(3L)),
                new Reason("prompt_template", 0.2, "near-duplicate step-by-step coding prompts", List.of(1L)),
                new Reason("flat_rhythm", 0.1, "flat 24/7 load spread thin across accounts", List.of()));
        long exchanges = (long) members.size() * exchangesPerAccount;
        CampaignResult campaign = new CampaignResult(CAMPAIGN, 0.93, CampaignResult.CAMPAIGN, members, exchanges, T0,
                end, T0.plusSeconds(3 * 3600), Map.of("template_repetition", 0.91, "flat_rhythm", 0.88,
                "young_accounts", 0.97, "shared_payment", 0.95), reasons);
        List<AccountScore> scores = new ArrayList<>();
        for (String m : members) {
            scores.add(new AccountScore(m, 0.9, CAMPAIGN, CAMPAIGN, Map.of("flat_rhythm", 0.9), List.of()));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int from = 0; from < members.size(); from += 50) {
            List<String> group = members.subList(from, Math.min(members.size(), from + 50));
            indicators.add(new Indicator(IndicatorKind.CARD, memberCards.get(from), group, 0.8));
        }
        for (int net = 0; net < 3; net++) {
            List<String> inNet = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if ((i / 250) % 3 == net) {
                    inNet.add(members.get(i));
                }
            }
            if (inNet.size() >= 2) {
                indicators.add(new Indicator(IndicatorKind.SUBNET, "203.0." + (113 + net) + ".0/24", inNet, 0.3));
            }
        }
        indicators.add(new Indicator(IndicatorKind.IP, ip, members.subList(0, Math.min(2, members.size())), 0.5));
        indicators.add(new Indicator(IndicatorKind.USER_AGENT, "python-httpx/0.27.0 harvest-kit/1.3", members, 0.2));
        indicators.add(new Indicator(IndicatorKind.EMAIL_DOMAIN, "mailbox-relay.net", members, 0.3));
        RunInfo run = new RunInfo(0, end.plusSeconds(86_400), end.plusSeconds(86_460), "analyst", "0.1.0",
                "analysis-config/1", "{\"linking\":{\"minShared\":2,\"subnetV4\":24},\"campaign\":{\"threshold\":0.7}}",
                members.size(), exchanges, 60_000, "complete");
        new AnalysisResults(run, List.of(campaign), scores, indicators, List.of()).saveTo(c.connection());
    }
}
