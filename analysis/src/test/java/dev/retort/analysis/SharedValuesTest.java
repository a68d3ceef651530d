package dev.retort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each indicator on small hand-built cases, and how its weight answers rarity, youth and organisation. */
class SharedValuesTest {
    private final AnalysisConfig cfg = AnalysisConfig.defaults();

    private static TemplateFamilies noTemplates() {
        return TemplateFamilies.of(new long[0], 6);
    }

    private static List<SharedValues.Group> of(Fixture f, IndicatorKind kind) {
        return SharedValues.find(f.data, AnalysisConfig.defaults(), noTemplates()).stream()
                .filter(g -> g.kind() == kind).toList();
    }

    private static void use(Fixture f, AccountProfile p, double day, String ip, String ua) {
        p.exchange(1, Fixture.START + (long) (day * Fixture.DAY), Fixture.START, ip, ua, null, "m", 10, 10, null, 48);
    }

    @Test
    void anIpSharedByTwoYoungAccountsOutweighsACarrierNatSharedByTwoHundredOldOnes() {
        Fixture f = new Fixture(1);
        for (int i = 0; i < 2; i++) {
            use(f, f.account("young" + i, 1, "c" + i, null, null, false), 1.1, "203.0.113.9", "ua" + i);
        }
        for (int i = 0; i < 200; i++) {
            use(f, f.account("old" + i, -400, "d" + i, null, null, false), 2, "100.64.1.1", "ub" + i);
        }
        List<SharedValues.Group> ips = of(f, IndicatorKind.IP);
        double young = ips.stream().filter(g -> g.value().equals("203.0.113.9")).findFirst().orElseThrow().weight();
        double nat = ips.stream().filter(g -> g.value().equals("100.64.1.1")).findFirst().orElseThrow().weight();
        assertTrue(young > 0.5, "young pair " + young);
        assertTrue(nat < 0.1, "carrier NAT " + nat);
    }

    @Test
    void oneCardBehindSixtyVerifiedAccountsOfOneOrganisationIsDiscounted() {
        Fixture f = new Fixture(2);
        IntStream.range(0, 60).forEach(i -> f.account("acme" + i, -300, "card-acme", null, "org-acme", true));
        IntStream.range(0, 6).forEach(i -> f.account("h" + i, 1, "card-h", null, null, false));
        List<SharedValues.Group> cards = of(f, IndicatorKind.CARD);
        double acme = cards.stream().filter(g -> g.value().equals("card-acme")).findFirst().orElseThrow().weight();
        double hydra = cards.stream().filter(g -> g.value().equals("card-h")).findFirst().orElseThrow().weight();
        assertTrue(acme < 0.05, "organisation card " + acme);
        assertTrue(hydra > 0.2, "unverified card " + hydra);
    }

    @Test
    void cardBinIsTheFirstSixDigitsOfTheFingerprint() {
        assertEquals("537694", SharedValues.cardBin("card_537694_3fa9c2d1"));
        assertNull(SharedValues.cardBin("tok_abcdef"));
        assertNull(SharedValues.cardBin(null));
    }

    @Test
    void subnetsAreSlash24ForIpv4AndSlash48ForIpv6() {
        assertEquals("45.76.12.0/24", Subnets.of("45.76.12.200"));
        assertEquals("2001:db8:85a3::/48", Subnets.of("2001:0db8:85a3:0000:0000:8a2e:0370:7334"));
        assertEquals("2001:db8:0::/48", Subnets.of("2001:db8::1"));
        assertNull(Subnets.of("not-an-ip"));
    }

    @Test
    void accountsInOneSubnetShareTheSubnetIndicator() {
        Fixture f = new Fixture(3);
        use(f, f.account("q1", 1, "c1", null, null, false), 2, "45.76.12.10", "x");
        use(f, f.account("q2", 1, "c2", null, null, false), 2, "45.76.12.11", "y");
        List<SharedValues.Group> subnets = of(f, IndicatorKind.SUBNET);
        assertEquals(1, subnets.size());
        assertEquals(2, subnets.get(0).members().length);
        assertTrue(of(f, IndicatorKind.IP).isEmpty());
    }

    @Test
    void emailPatternKeepsTheShapeAndDigitCountAndTheDomain() {
        Fixture f = new Fixture(4);
        AccountProfile a = f.account("a", 0, null, "maria.lopez4821@proton.me", null, null);
        AccountProfile b = f.account("b", 0, null, "kenji.sato1093@proton.me", null, null);
        AccountProfile c = f.account("c", 0, null, "kenji.sato@proton.me", null, null);
        assertEquals("a.a94@proton.me", a.emailPattern());
        assertEquals(a.emailPattern(), b.emailPattern());
        assertTrue(!c.emailPattern().equals(a.emailPattern()));
        assertEquals(1, of(f, IndicatorKind.EMAIL_PATTERN).size());
        assertEquals(2, of(f, IndicatorKind.EMAIL_PATTERN).get(0).members().length);
    }

    @Test
    void aSameClientBuildAndAnApiKeyAreSharedValues() {
        Fixture f = new Fixture(5);
        AccountProfile a = f.account("a", 1, "c1", null, null, false);
        AccountProfile b = f.account("b", 1, "c2", null, null, false);
        a.exchange(1, Fixture.START + Fixture.DAY * 2, Fixture.START, "1.1.1.1", "agentkit/0.9", "k1", "m", 1, 1,
                null, 48);
        b.exchange(2, Fixture.START + Fixture.DAY * 2, Fixture.START, "2.2.2.2", "agentkit/0.9", "k1", "m", 1, 1,
                null, 48);
        assertEquals(1, of(f, IndicatorKind.USER_AGENT).size());
        assertEquals(1, of(f, IndicatorKind.API_KEY).size());
        assertEquals(List.of(1L, 2L), java.util.Arrays.stream(of(f, IndicatorKind.API_KEY).get(0).examples())
                .boxed().toList());
    }

    @Test
    void signUpsCrowdedIntoOneWindowAreABurstButASteadyTrickleIsNot() {
        Fixture f = new Fixture(6);
        for (int i = 0; i < 200; i++) {
            f.account("steady" + i, -200 + i, null, null, null, null); // one a day
        }
        for (int i = 0; i < 6; i++) {
            AccountProfile p = f.account("burst" + i, 3, null, null, null, null);
            p.createdAt += i * 60_000L;
        }
        List<SharedValues.Group> bursts = of(f, IndicatorKind.SIGNUP_BURST);
        assertEquals(1, bursts.size());
        assertEquals(6, bursts.get(0).members().length);
    }

    @Test
    void rarityHalvesAtTheCommonGroupSize() {
        assertEquals(1.0, SharedValues.rarity(2, 20), 1e-9);
        assertEquals(0.5, SharedValues.rarity(20, 20), 1e-9);
        assertTrue(SharedValues.rarity(200, 20) < 0.3);
    }
}
