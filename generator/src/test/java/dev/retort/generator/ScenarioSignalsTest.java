package dev.retort.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The populations carry the signals docs/generator.md promises: hard negatives share single signals with the
 * campaigns, and each campaign style has its own combination.
 */
class ScenarioSignalsTest {

    private static final long DAY = 86_400_000L;
    private final Scenario demo = ScenarioBuilder.build(Presets.demo(), GeneratorOptions.defaults());

    private List<Account> of(Population p) {
        return demo.accounts.stream().filter(a -> a.population == p).toList();
    }

    private List<Account> of(CampaignStyle s) {
        return demo.accounts.stream().filter(a -> a.style == s).toList();
    }

    @Test
    void demoHasEveryPopulationAndStyleAtTheDocumentedSizes() {
        assertEquals(140, of(Population.DEVELOPER).size());
        assertEquals(36, of(Population.ENTERPRISE).size());
        assertEquals(50, of(Population.CAMPUS).size());
        assertEquals(3, of(Population.HARNESS).size());
        assertEquals(1, of(Population.PLATFORM).size());
        assertEquals(90, of(CampaignStyle.HYDRA).size());
        assertEquals(20, of(CampaignStyle.QUIET).size());
        assertEquals(6, of(CampaignStyle.PROBE).size());
        assertEquals(demo.accounts.size(), demo.accounts.stream().map(a -> a.id).distinct().count(), "unique ids");
    }

    @Test
    void enterpriseMembersShareOneCardAndAFewEgressAddresses() {
        Map<Integer, List<Account>> byOrg = of(Population.ENTERPRISE).stream().collect(Collectors.groupingBy(a -> a.group));
        assertEquals(2, byOrg.size());
        for (List<Account> members : byOrg.values()) {
            assertEquals(1, members.stream().map(a -> a.card).distinct().count(), "one card");
            assertEquals(1, members.stream().map(a -> a.email.substring(a.email.indexOf('@'))).distinct().count());
            Set<String> ips = members.stream().flatMap(a -> List.of(a.ips).stream()).collect(Collectors.toSet());
            assertTrue(ips.size() <= 3, "a few egress addresses: " + ips);
            assertTrue(members.stream().allMatch(a -> a.verified && !a.orgId.isEmpty()));
        }
    }

    @Test
    void campusSitsBehindTwoNatAddressesAndDevelopersShareCarrierNat() {
        Set<String> campusIps = of(Population.CAMPUS).stream().flatMap(a -> List.of(a.ips).stream())
                .collect(Collectors.toSet());
        assertEquals(2, campusIps.size());
        Map<String, Set<String>> accountsByIp = new HashMap<>();
        for (Account a : of(Population.DEVELOPER)) {
            for (String ip : a.ips) {
                accountsByIp.computeIfAbsent(ip, k -> new HashSet<>()).add(a.id);
            }
        }
        long shared = accountsByIp.values().stream().filter(s -> s.size() >= 3).count();
        assertTrue(shared >= 5, "mobile-carrier addresses shared by unrelated developers: " + shared);
        long behindNat = of(Population.DEVELOPER).stream().filter(a -> a.ips.length > 3).count();
        assertTrue(behindNat > 20 && behindNat < 60, "about a quarter of developers behind CGNAT: " + behindNat);
    }

    @Test
    void thePlatformIsOneVerifiedAccountWithTheLargestRate() {
        Account p = of(Population.PLATFORM).get(0);
        assertTrue(p.verified);
        assertTrue(demo.accounts.stream().filter(a -> a != p && a.population != Population.HARNESS)
                .allMatch(a -> a.rate < p.rate / 10));
    }

    @Test
    void hydraAccountsAreFreshShareCardsInGroupsAndRotateThroughAProxyPool() {
        List<Account> hydra = of(CampaignStyle.HYDRA);
        long start = demo.start();
        assertTrue(hydra.stream().allMatch(a -> a.createdAt > start - DAY), "created during the period");
        assertTrue(hydra.stream().filter(a -> !a.verified).count() >= hydra.size() * 0.9);
        Map<String, Long> perCard = hydra.stream().collect(Collectors.groupingBy(a -> a.card, Collectors.counting()));
        long onSharedCards = hydra.stream().filter(a -> perCard.get(a.card) >= 4).count();
        assertTrue(onSharedCards >= hydra.size() * 0.9,
                "cards shared by groups of 4 or more: " + onSharedCards + " of " + hydra.size() + " accounts");
        Set<String> legitCards = demo.accounts.stream().filter(a -> a.campaign == null).map(a -> a.card)
                .collect(Collectors.toSet());
        assertTrue(hydra.stream().noneMatch(a -> legitCards.contains(a.card)));
        Map<String, Set<String>> accountsByIp = new HashMap<>();
        for (Account a : hydra) {
            for (String ip : a.ips) {
                accountsByIp.computeIfAbsent(ip, k -> new HashSet<>()).add(a.id);
            }
        }
        assertTrue(accountsByIp.values().stream().filter(s -> s.size() >= 2).count() > accountsByIp.size() / 2,
                "most proxy addresses are used by several accounts");
        // Burned and replaced: no account lives through the whole period.
        assertTrue(hydra.stream().filter(a -> a.activeTo - a.activeFrom > 10 * DAY).count() < hydra.size() / 4);
    }

    @Test
    void quietAccountsHaveOneDatacenterAddressEachInFewSubnetsAndOneBinRange() {
        List<Account> quiet = of(CampaignStyle.QUIET);
        assertTrue(quiet.stream().allMatch(a -> a.ips.length == 1));
        assertEquals(quiet.size(), quiet.stream().map(a -> a.ips[0]).distinct().count(), "one address per account");
        Set<String> subnets = quiet.stream().map(a -> a.ips[0].substring(0, a.ips[0].lastIndexOf('.')))
                .collect(Collectors.toSet());
        assertTrue(subnets.size() <= 6, subnets.toString());
        assertEquals(quiet.size(), quiet.stream().map(a -> a.card).distinct().count(), "distinct cards");
        assertEquals(1, quiet.stream().map(a -> a.card.substring(0, "card_53769".length())).distinct().count(),
                "one BIN range");
    }

    @Test
    void probeAccountsOpenTheSameMorningOnTwoCards() {
        List<Account> probe = of(CampaignStyle.PROBE);
        long first = probe.stream().mapToLong(a -> a.createdAt).min().orElseThrow();
        long last = probe.stream().mapToLong(a -> a.createdAt).max().orElseThrow();
        assertTrue(last - first <= 3 * 3_600_000L);
        assertEquals(2, probe.stream().map(a -> a.card).distinct().count());
        assertTrue(probe.stream().allMatch(a -> a.activeTo - a.activeFrom <= 3 * DAY));
    }

    @Test
    void campaignsAdoptTheNewModelWithinADayAndCustomersWeeksLater() {
        Instant release = Presets.demo().models().get(1).released();
        for (Account a : demo.accounts) {
            long lag = a.adoptAt[1] - release.toEpochMilli();
            if (a.campaign != null) {
                assertTrue(lag >= 0 && lag < DAY, a.id + " " + a.style + " lag " + lag);
            } else if (a.population == Population.ENTERPRISE || a.population == Population.PLATFORM) {
                assertTrue(lag >= 7 * DAY, a.id + " " + a.population + " lag " + lag);
            }
        }
        long fastDevelopers = of(Population.DEVELOPER).stream().filter(a -> a.adoptAt[1] - release.toEpochMilli() < DAY)
                .count();
        assertTrue(fastDevelopers > 0, "some individuals switch on release day too");
    }
}
