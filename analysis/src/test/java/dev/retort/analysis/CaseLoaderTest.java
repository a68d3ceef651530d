package dev.retort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import dev.retort.store.ingest.PromptSimHash;
import dev.retort.store.task.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader reads the V002 tables into profiles; the analyzer stores the run. */
class CaseLoaderTest {
    @TempDir
    Path dir;

    private static final long T0 = Fixture.START;

    private static void fill(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("INSERT INTO sources(id, path, file_name, sha256, size_bytes, format, imported_at, imported_by)"
                    + " VALUES (1, 'x', 'x', 'h', 1, 'csv', '2026-01-01T00:00:00Z', 't')");
            st.execute("INSERT INTO ips(id, ip) VALUES (1, '203.0.113.5'), (2, '203.0.113.6')");
            st.execute("INSERT INTO user_agents(id, ua) VALUES (1, 'agentkit/0.9')");
            st.execute("INSERT INTO models(id, name) VALUES (1, 'orion-3'), (2, 'orion-4')");
            st.execute("INSERT INTO api_keys(id, key, account_id) VALUES (1, 'k1', 1), (2, 'k2', 2)");
        }
        try (PreparedStatement a = c.prepareStatement("""
                INSERT INTO accounts(id, account, created_at, email, payment_fingerprint, country, org_id, verified)
                VALUES (?, ?, ?, ?, ?, 'US', NULL, 0)
                """)) {
            for (int i = 1; i <= 2; i++) {
                a.setInt(1, i);
                a.setString(2, "u" + i);
                a.setLong(3, T0 - 3_600_000);
                a.setString(4, "x" + i + "@mailnest.io");
                a.setString(5, "card_428837_aa");
                a.executeUpdate();
            }
        }
        try (PreparedStatement e = c.prepareStatement("""
                INSERT INTO exchanges(id, ts, account_id, key_id, ip_id, ua_id, model_id, tokens_in, tokens_out,
                                      status, prompt_simhash, dedup_key, source_id, source_line)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 200, ?, ?, 1, ?)
                """);
             PreparedStatement t = c.prepareStatement(
                     "INSERT INTO exchange_texts(exchange_id, prompt, response) VALUES (?, ?, 'ok')")) {
            for (int i = 1; i <= 40; i++) {
                int account = 1 + i % 2;
                String prompt = "Implement a Python function, think step by step " + i;
                e.setInt(1, i);
                e.setLong(2, T0 + i * 3_600_000L);
                e.setInt(3, account);
                e.setInt(4, account);
                e.setInt(5, account);
                e.setInt(6, i > 30 ? 2 : 1);
                e.setInt(7, 100);
                e.setInt(8, 900);
                e.setLong(9, PromptSimHash.of(prompt));
                e.setLong(10, i);
                e.setInt(11, i);
                e.executeUpdate();
                t.setInt(1, i);
                t.setString(2, prompt);
                t.executeUpdate();
            }
        }
    }

    @Test
    void loaderAggregatesEveryExchangeOfEachAccount() throws SQLException {
        try (CaseFile c = CaseFile.create(dir.resolve("l.retort"), "l")) {
            fill(c.connection());
            CaseData data;
            try (Connection r = c.openReader()) {
                data = new CaseLoader(r, AnalysisConfig.defaults(), Progress.NONE).load();
            }
            AccountProfile u1 = data.find("u1");
            assertEquals(20, u1.exchanges);
            assertEquals(Map.of("203.0.113.5", 20L), Map.of("203.0.113.5", u1.ips.get("203.0.113.5")[0]));
            assertEquals(20, u1.userAgents.get("agentkit/0.9")[0]);
            assertEquals(2000, u1.tokensIn);
            assertEquals(18000, u1.tokensOut);
            assertEquals(T0 + 2 * 3_600_000L, u1.firstSeen);
            assertEquals(2, u1.firstExchangeId);
            assertEquals(T0 + 32 * 3_600_000L, u1.modelFirstUse.get("orion-4")); // its exchanges are the even ones
            assertEquals("card_428837_aa", u1.card);
            assertTrue(u1.textsSampled > 0);
            assertEquals(u1.textsSampled, u1.categoryCounts[PromptClassifier.Category.REASONING.ordinal()]);
            assertEquals(40, data.exchanges());
        }
    }

    @Test
    void analyzeStoresTheRunWithItsConfigurationAndAnAuditEntry() throws SQLException {
        try (CaseFile c = CaseFile.create(dir.resolve("a.retort"), "a")) {
            fill(c.connection());
            AnalysisResults r = new Analyzer().analyze(c, Progress.NONE);
            AnalysisResults back = AnalysisResults.latest(c).orElseThrow();
            assertEquals(r.run().id(), back.run().id());
            assertEquals(AnalysisConfig.defaults(), AnalysisConfig.fromJson(back.run().configJson()));
            assertEquals(2, back.accounts().size());
            assertEquals(40, back.run().exchanges());
            assertEquals("analyze", c.audit().recent(1).get(0).action());
        }
    }

    @Test
    void twoAnalysesOfTheSameCaseAgreeExactly() throws SQLException {
        try (CaseFile c = CaseFile.create(dir.resolve("d.retort"), "d")) {
            fill(c.connection());
            AnalysisResults first = new Analyzer().analyze(c, Progress.NONE);
            AnalysisResults second = new Analyzer().analyze(c, Progress.NONE);
            assertEquals(first.accounts(), second.accounts());
            assertEquals(first.campaigns(), second.campaigns());
            assertEquals(first.indicators(), second.indicators());
            assertTrue(second.run().id() > first.run().id());
        }
    }

    @Test
    void aCancelledAnalysisStoresNothing() throws SQLException {
        try (CaseFile c = CaseFile.create(dir.resolve("c.retort"), "c")) {
            fill(c.connection());
            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            try {
                new Analyzer().analyze(c, cancelled);
            } catch (dev.retort.store.task.CancelledException expected) {
                // the point of the test
            }
            assertTrue(AnalysisResults.latest(c).isEmpty());
        }
    }
}
