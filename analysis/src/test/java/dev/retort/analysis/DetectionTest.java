package dev.retort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The whole detection on small hand-built cases: one campaign, and each legitimate look-alike beside it. */
class DetectionTest {

    private static List<String> flagged(AnalysisResults r) {
        return r.accounts().stream().filter(a -> a.campaign() != null).map(AccountScore::account).sorted().toList();
    }

    @Test
    void hydraOnSharedCardsAndProxiesIsOneCampaignWithEveryAccount() {
        Fixture f = new Fixture(1);
        f.hydra("h", 12);
        AnalysisResults r = f.analyze();

        assertEquals(1, r.confirmedCampaigns().size());
        CampaignResult c = r.confirmedCampaigns().get(0);
        assertEquals(IntStream.range(0, 12).mapToObj(i -> "h" + i).sorted().toList(), c.accounts());
        assertTrue(c.reasons().stream().anyMatch(x -> x.code().equals("shared_card")), c.reasons().toString());
        assertTrue(c.reasons().stream().anyMatch(x -> x.code().equals(Signals.REASONING_PROMPTS)));
        assertEquals("C-", c.id().substring(0, 2));
    }

    @Test
    void campaignWindowRunsFromFirstToLastExchange() {
        Fixture f = new Fixture(2);
        f.hydra("h", 8);
        CampaignResult c = f.analyze().confirmedCampaigns().get(0);
        long firstDay = (c.windowStart().toEpochMilli() - Fixture.START) / Fixture.DAY;
        long lastDay = (c.windowEnd().toEpochMilli() - Fixture.START) / Fixture.DAY;
        assertEquals(2, firstDay);
        assertEquals(19, lastDay);
    }

    @Test
    void enterpriseOnOneCardBehindOneEgressIpIsNotACampaign() {
        Fixture f = new Fixture(3);
        f.hydra("h", 10);
        for (int i = 0; i < 60; i++) {
            AccountProfile p = f.account("acme" + i, -400 + i, "card-acme", "staff" + i + "@acme.example", "org-acme",
                    true);
            f.traffic(p, 0, 30, 6, false, new String[] {"192.0.2.200"}, "AcmeBot/1.0", false, 600, 300, "orion-3");
        }
        AnalysisResults r = f.analyze();
        assertTrue(flagged(r).stream().noneMatch(a -> a.startsWith("acme")), flagged(r).toString());
        assertEquals(10, flagged(r).size());
    }

    @Test
    void campusNatSharedByHundredsOfOldAccountsIsNotACampaign() {
        Fixture f = new Fixture(4);
        f.hydra("h", 10);
        for (int i = 0; i < 200; i++) {
            AccountProfile p = f.account("student" + i, -300 - i, "card-s" + i, "s" + i + "@uni.example", null,
                    i % 2 == 0);
            f.traffic(p, 0, 30, 2, false, new String[] {"192.0.2.1", "192.0.2.2"}, "Mozilla/5.0", false, 400, 500,
                    "orion-3");
        }
        AnalysisResults r = f.analyze();
        assertTrue(flagged(r).stream().noneMatch(a -> a.startsWith("student")));
        assertEquals(10, flagged(r).size());
    }

    @Test
    void benchmarkHarnessRepeatingOneTemplateAroundTheClockIsNotACampaign() {
        Fixture f = new Fixture(5);
        for (int i = 0; i < 2; i++) {
            AccountProfile p = f.account("lab" + i, -200, "card-lab", "bench@lab.example", "org-lab", true);
            f.traffic(p, 0, 30, 200, true, new String[] {"198.18.0.5"}, "evalharness/2.1", true, 300, 900, "orion-3");
        }
        AnalysisResults r = f.analyze();
        assertTrue(flagged(r).isEmpty(), flagged(r).toString());
    }

    @Test
    void codingAssistantPlatformsSingleHugeAccountIsNotACampaign() {
        Fixture f = new Fixture(6);
        AccountProfile p = f.account("platform", -500, "card-p", "ops@codeco.example", "org-codeco", true);
        f.traffic(p, 0, 30, 800, true, new String[] {"198.18.1.1", "198.18.1.2"}, "codeco-gateway/5", true, 2000,
                800, "orion-3");
        AnalysisResults r = f.analyze();
        assertTrue(flagged(r).isEmpty());
        assertNull(r.account("platform").orElseThrow().campaign());
    }

    @Test
    void youngDevelopersBehindACarrierNatAreNotACampaign() {
        Fixture f = new Fixture(7);
        for (int i = 0; i < 120; i++) {
            AccountProfile p = f.account("dev" + i, i % 20, "card-d" + i, "dev" + i + "@mail.example", null, false);
            f.traffic(p, i % 20 + 1, 30, 4, false, new String[] {"100.64.0.1", "100.64.0.2", "100.64.0.3"},
                    "Mozilla/5.0 (Android)", false, 500, 400, "orion-3");
        }
        AnalysisResults r = f.analyze();
        assertTrue(flagged(r).isEmpty(), flagged(r).toString());
    }

    @Test
    void twoFleetsJoinedByOneStrayLinkAreTwoCampaigns() {
        Fixture f = new Fixture(10);
        f.hydra("a", 10, "203.0.113", "python-httpx/0.27", "mailbox.test");
        f.hydra("b", 10, "198.51.100", "node-fetch/3.3", "inbox.example");
        // one account of the second fleet once went out through a proxy of the first
        f.traffic(f.data.find("b0"), 5, 6, 2, true, new String[] {"203.0.113.10"}, "node-fetch/3.3", true, 200,
                1400, "orion-3");
        AnalysisResults r = f.analyze();
        assertEquals(2, r.confirmedCampaigns().size(), r.campaigns().toString());
        for (CampaignResult c : r.confirmedCampaigns()) {
            assertEquals(1, c.accounts().stream().map(a -> a.charAt(0)).distinct().count(), c.accounts().toString());
            assertEquals(10, c.accounts().size());
        }
    }

    @Test
    void clusterIdsAreStableAcrossRunsOfTheSameData() {
        Fixture a = new Fixture(8);
        a.hydra("h", 9);
        Fixture b = new Fixture(8);
        b.hydra("h", 9);
        assertEquals(a.analyze().confirmedCampaigns().get(0).id(), b.analyze().confirmedCampaigns().get(0).id());
    }

    @Test
    void everyFlaggedAccountHasReasonsInPlainWords() {
        Fixture f = new Fixture(9);
        f.hydra("h", 6);
        AnalysisResults r = f.analyze();
        for (AccountScore a : r.accounts()) {
            assertTrue(a.score() >= 0 && a.score() <= 1);
            if (a.campaign() != null) {
                assertTrue(a.reasons().size() >= 2, a.reasons().toString());
                assertTrue(a.reasons().stream().allMatch(x -> x.text().endsWith(".")));
            }
        }
    }
}
