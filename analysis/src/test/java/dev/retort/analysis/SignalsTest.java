package dev.retort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.ingest.PromptSimHash;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each behaviour signal on small hand-built accounts. */
class SignalsTest {
    private final AnalysisConfig cfg = AnalysisConfig.defaults();

    @Test
    void aroundTheClockTrafficIsFlatAndOfficeHoursAreNot() {
        Fixture f = new Fixture(1);
        AccountProfile flat = f.account("flat", -10, null, null, null, null);
        AccountProfile office = f.account("office", -10, null, null, null, null);
        f.traffic(flat, 0, 10, 48, true, new String[] {"1.1.1.1"}, "ua", false, 10, 10, "m");
        f.traffic(office, 0, 10, 48, false, new String[] {"1.1.1.2"}, "ua", false, 10, 10, "m");
        assertTrue(Signals.flatRhythm(flat) > 0.9, "flat " + Signals.flatRhythm(flat));
        assertEquals(0.0, Signals.flatRhythm(office));
    }

    @Test
    void firstUseWithinADayOfSignUpIsYoungAndAYearLaterIsNot() {
        Fixture f = new Fixture(2);
        AccountProfile fresh = f.account("fresh", 1, null, null, null, null);
        AccountProfile old = f.account("old", -365, null, null, null, null);
        f.traffic(fresh, 1, 2, 1, true, new String[] {"1.1.1.1"}, "ua", false, 10, 10, "m");
        f.traffic(old, 1, 2, 1, true, new String[] {"1.1.1.1"}, "ua", false, 10, 10, "m");
        assertEquals(1.0, Signals.young(fresh, cfg));
        assertEquals(0.0, Signals.young(old, cfg));
        assertEquals(0.0, Signals.young(f.account("never-used", 1, null, null, null, null), cfg));
    }

    @Test
    void manyOutputTokensPerInputTokenIsOutputHeavy() {
        Fixture f = new Fixture(3);
        AccountProfile heavy = f.account("heavy", 0, null, null, null, null);
        AccountProfile light = f.account("light", 0, null, null, null, null);
        f.traffic(heavy, 0, 1, 5, true, new String[] {"1.1.1.1"}, "ua", false, 200, 1600, "m");
        f.traffic(light, 0, 1, 5, true, new String[] {"1.1.1.1"}, "ua", false, 800, 200, "m");
        assertEquals(1.0, Signals.outputHeavy(heavy));
        assertEquals(0.0, Signals.outputHeavy(light));
    }

    @Test
    void movingToANewModelWithinHoursOfItsFirstAppearanceIsFast() {
        Fixture f = new Fixture(4);
        AccountProfile fast = f.account("fast", -10, null, null, null, null);
        AccountProfile slow = f.account("slow", -10, null, null, null, null);
        long release = Fixture.START + 10 * Fixture.DAY;
        fast.exchange(1, release + 2 * Fixture.HOUR, Fixture.START, null, null, null, "orion-4", 1, 1, null, 48);
        slow.exchange(2, release + 9 * Fixture.DAY, Fixture.START, null, null, null, "orion-4", 1, 1, null, 48);
        Map<String, Long> newModels = Map.of("orion-4", release);
        assertEquals(1.0, Signals.newModelSpeed(fast, newModels, cfg));
        assertEquals(0.0, Signals.newModelSpeed(slow, newModels, cfg));
    }

    @Test
    void promptsFromATemplateSentByManyAccountsRepeatAcrossAccounts() {
        Fixture f = new Fixture(5);
        for (int i = 0; i < 4; i++) {
            f.traffic(f.account("t" + i, 0, null, null, null, null), 0, 1, 20, true, new String[] {"1.1.1.1"}, "ua",
                    true, 10, 10, "m");
        }
        AccountProfile diverse = f.account("d", 0, null, null, null, null);
        f.traffic(diverse, 0, 1, 20, true, new String[] {"1.1.1.1"}, "ua", false, 10, 10, "m");
        long[] all = f.data.accounts().stream().flatMap(p -> p.simhashes.keySet().stream())
                .mapToLong(Long::longValue).toArray();
        TemplateFamilies fam = TemplateFamilies.of(all, cfg.templateDistance());
        Map<Long, Integer> accounts = new java.util.HashMap<>();
        for (AccountProfile p : f.data.accounts()) {
            p.simhashes.keySet().stream().map(fam::family).distinct().forEach(x -> accounts.merge(x, 1, Integer::sum));
        }
        assertTrue(Signals.templateRepetition(f.data.find("t0"), fam, accounts) > 0.8);
        assertTrue(Signals.templateRepetition(diverse, fam, accounts) < 0.2);
    }

    @Test
    void nearDuplicatePromptsFallInOneTemplateFamilyAndUnrelatedOnesDoNot() {
        String[] topics = {"trie", "bloom filter", "skip list", "rate limiter", "LRU cache", "ring buffer",
            "thread pool", "union find", "merge intervals", "topological sort", "consistent hashing", "parser"};
        long[] hashes = new long[topics.length + 1];
        for (int i = 0; i < topics.length; i++) {
            hashes[i] = PromptSimHash.of("Implement a Python function for a " + topics[i] + " with unit tests. Think "
                    + "step by step and show your full reasoning for each step before the final code.");
        }
        long unrelated = PromptSimHash.of("What should I cook for a birthday dinner with friends who are vegetarian?");
        hashes[topics.length] = unrelated;
        TemplateFamilies fam = TemplateFamilies.of(hashes, AnalysisConfig.defaults().templateDistance());
        for (int i = 1; i < topics.length; i++) {
            assertEquals(fam.family(hashes[0]), fam.family(hashes[i]), topics[i]);
        }
        assertTrue(fam.family(hashes[0]) != fam.family(unrelated));
    }

    @Test
    void classifierSeesReasoningCodingAgenticAndLongHorizonCues() {
        assertEquals(Set.of(PromptClassifier.Category.REASONING, PromptClassifier.Category.CODING),
                PromptClassifier.classify("Write a Python function to merge intervals. Think step by step."));
        assertTrue(PromptClassifier.classify("You have these tools available: search, shell. Plan and execute.")
                .contains(PromptClassifier.Category.AGENTIC));
        assertTrue(PromptClassifier.classify("Break this down into milestones for a multi-step migration plan.")
                .contains(PromptClassifier.Category.LONG_HORIZON));
        assertTrue(PromptClassifier.classify("Suggest a name for my cat.").isEmpty());
    }

    @Test
    void workersOnTheSameShiftsAreSynchronisedAndAlwaysOnAccountsAreNot() {
        Fixture f = new Fixture(6);
        AccountProfile a = f.account("a", 0, null, null, null, null);
        AccountProfile b = f.account("b", 0, null, null, null, null);
        AccountProfile c = f.account("c", 0, null, null, null, null);
        AccountProfile d = f.account("d", 0, null, null, null, null);
        for (int day = 0; day < 10; day++) {
            for (int h = 0; h < 24; h++) {
                long ts = Fixture.START + day * Fixture.DAY + h * Fixture.HOUR;
                boolean shift = (h >= 1 && h < 9) || (h >= 13 && h < 21);
                if (shift) {
                    a.exchange(1, ts, Fixture.START, null, null, null, "m", 1, 1, null, 48);
                    b.exchange(2, ts + 60_000, Fixture.START, null, null, null, "m", 1, 1, null, 48);
                }
                c.exchange(3, ts, Fixture.START, null, null, null, "m", 1, 1, null, 48);
                d.exchange(4, ts, Fixture.START, null, null, null, "m", 1, 1, null, 48);
            }
        }
        assertTrue(AccountGraph.synchrony(a, b) > 0.9);
        assertEquals(0.0, AccountGraph.synchrony(c, d));
    }
}
