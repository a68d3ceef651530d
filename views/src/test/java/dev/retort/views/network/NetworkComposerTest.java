package dev.retort.views.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.analysis.IndicatorKind;
import dev.retort.store.CaseFile;
import dev.retort.store.task.Progress;
import dev.retort.views.bench.SyntheticCase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkComposerTest {
    @TempDir
    static Path dir;
    static CaseFile caseFile;
    static NetworkData data;

    @BeforeAll
    static void build() throws Exception {
        caseFile = SyntheticCase.create(dir.resolve("network.retort"), SyntheticCase.Spec.small());
        try (Connection reader = caseFile.openReader()) {
            data = NetworkData.load(caseFile.path(), reader, Progress.NONE);
        }
    }

    @AfterAll
    static void close() {
        caseFile.close();
    }

    @Test
    void overviewHasOneNodePerCampaignAndAnEdgeWhereCampaignsShareAValue() {
        NetworkPicture p = NetworkComposer.compose(data, NetworkFilter.all(), Map.of());
        assertEquals(3, p.count(GraphNode.Type.CAMPAIGN));
        assertEquals(0, p.count(GraphNode.Type.ACCOUNT));
        assertEquals(1, p.edges().size(), "C-0000 and C-0001 share one IP");
        assertEquals("shared_ip", p.edges().get(0).kinds());
        assertEquals(0, p.node("campaign:C-0000").colour());
    }

    @Test
    void expandingACampaignDrawsItsMembersAndTheValuesTheyShare() {
        NetworkFilter all = NetworkFilter.all();
        NetworkComposer.Expansion e = NetworkComposer.expand(data, "C-0001", all, Progress.NONE);
        NetworkPicture p = NetworkComposer.compose(data, all, Map.of("C-0001", e));
        assertNull(p.node("campaign:C-0001"), "an expanded campaign is drawn as its members");
        assertEquals(12, p.nodes().stream().filter(n -> "C-0001".equals(n.campaign())
                && n.type() == GraphNode.Type.ACCOUNT).count());
        assertNotNull(p.node(GraphNode.indicatorId(IndicatorKind.CARD, "card-1")));
        long cardEdges = p.edges().stream().filter(x -> x.to().equals("indicator:shared_card:card-1")).count();
        assertEquals(12, cardEdges);
        assertTrue(p.edges().stream().noneMatch(x -> x.kinds().equals("shared_ip")),
                "the IP shared with C-0000 ties only one member of C-0001, so it is not drawn as a hub");
        GraphNode centre = p.node("campaign:C-0000");
        for (GraphNode n : p.nodes()) {
            if ("C-0001".equals(n.campaign())) {
                assertTrue(Math.hypot(n.x() - centre.x(), n.y() - centre.y()) > 10, "collapsed campaigns stay clear");
            }
        }
    }

    @Test
    void filtersHideLowScoresOtherCampaignsAndUncheckedIndicatorKinds() {
        NetworkFilter high = new NetworkFilter(0.9, null, EnumSet.allOf(IndicatorKind.class), 400);
        assertEquals(1, NetworkComposer.compose(data, high, Map.of()).count(GraphNode.Type.CAMPAIGN));

        NetworkFilter one = new NetworkFilter(0, "C-0002", EnumSet.allOf(IndicatorKind.class), 400);
        NetworkPicture p = NetworkComposer.compose(data, one, Map.of());
        assertEquals(1, p.nodes().size());
        assertNotNull(p.node("campaign:C-0002"));

        NetworkFilter noCards = new NetworkFilter(0, null, EnumSet.complementOf(EnumSet.of(IndicatorKind.CARD)), 400);
        NetworkComposer.Expansion e = NetworkComposer.expand(data, "C-0000", noCards, Progress.NONE);
        assertTrue(e.nodes().stream().noneMatch(n -> n.indicator() == IndicatorKind.CARD));
        assertTrue(e.nodes().stream().anyMatch(n -> n.indicator() == IndicatorKind.SUBNET));
    }

    @Test
    void inspectingASharedValueListsTheAccountsBehindItAndSelectsItForAPivot() throws Exception {
        NetworkComposer.Expansion e = NetworkComposer.expand(data, "C-0001", NetworkFilter.all(), Progress.NONE);
        GraphNode card = e.nodes().stream().filter(n -> n.indicator() == IndicatorKind.CARD).findFirst().orElseThrow();
        Inspection i;
        try (Connection reader = caseFile.openReader()) {
            i = Inspector.inspect(data, card, reader);
        }
        assertEquals("shared_card: card-1", i.title());
        assertTrue(i.facts().contains("Shared by 12 accounts · link weight 0.90"), i.facts().toString());
        assertEquals(12, i.evidence().size());
        assertTrue(i.evidence().get(0).contains("C-0001"));
        assertEquals("shared_card", i.indicator().kind());
        assertEquals(12, i.accounts().size());
    }

    @Test
    void inspectingACampaignGivesItsReasonsWithTheExchangesTheyCite() throws Exception {
        GraphNode node = NetworkComposer.compose(data, NetworkFilter.all(), Map.of()).node("campaign:C-0002");
        Inspection i;
        try (Connection reader = caseFile.openReader()) {
            i = Inspector.inspect(data, node, reader);
        }
        assertEquals("Campaign C-0002", i.title());
        assertEquals("suspicious", i.subtitle());
        assertTrue(i.facts().get(1).startsWith("12 accounts"), i.facts().toString());
        assertTrue(i.evidence().get(0).contains("exchanges [#1, #2]"), i.evidence().toString());
        assertEquals("C-0002", i.campaign());
    }

    @Test
    void aCampaignLargerThanTheCapShowsItsBusiestMembersAndCountsTheRest() {
        NetworkFilter capped = new NetworkFilter(0, null, EnumSet.allOf(IndicatorKind.class), 5);
        NetworkComposer.Expansion e = NetworkComposer.expand(data, "C-0000", capped, Progress.NONE);
        assertEquals(5, e.nodes().stream().filter(n -> n.type() == GraphNode.Type.ACCOUNT).count());
        assertEquals(7, e.hidden());
        assertTrue(e.nodes().stream().anyMatch(n -> n.type() == GraphNode.Type.MORE && n.label().contains("7")));
    }
}
