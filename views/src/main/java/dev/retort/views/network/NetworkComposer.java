package dev.retort.views.network;

import dev.retort.analysis.AccountScore;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Indicator;
import dev.retort.analysis.IndicatorKind;
import dev.retort.store.task.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the analysis into what the view draws: one node per campaign (the overview), and for each expanded campaign
 * its members and the indicators they share, laid out by {@link ForceLayout} around the campaign's place. Pure
 * computation on immutable inputs, run in the background.
 */
public final class NetworkComposer {
    /** Indicators drawn per expanded campaign (the most shared first). */
    static final int MAX_INDICATORS = 120;
    /** Edges drawn per expanded campaign; beyond it the least shared indicators lose theirs. */
    static final int MAX_EDGES = 12_000;
    static final double MEMBER_SPACING = 40;
    private static final double GAP = 120;

    private NetworkComposer() {
    }

    /** One expanded campaign, positioned around the origin. */
    public record Expansion(String campaign, List<GraphNode> nodes, List<GraphEdge> edges, int hidden, double radius) {
    }

    /** Lays out one campaign's members and their shared indicators. */
    public static Expansion expand(NetworkData data, String campaignId, NetworkFilter filter, Progress progress) {
        CampaignResult campaign = data.campaign(campaignId);
        if (campaign == null) {
            return new Expansion(campaignId, List.of(), List.of(), 0, 0);
        }
        int colour = data.colour(campaignId);
        List<String> members = campaign.accounts().stream()
                .filter(a -> scoreOf(data, a, campaign.score()) >= filter.minScore())
                .sorted(Comparator.comparingLong((String a) -> data.accounts().exchanges(a)).reversed()
                        .thenComparing(a -> a))
                .limit(filter.maxMembers())
                .toList();
        int hidden = campaign.accounts().size() - members.size();
        Set<String> shown = new HashSet<>(members);
        List<Indicator> indicators = data.indicatorsOfCampaign(campaignId).stream()
                .filter(i -> filter.kinds().contains(i.kind()))
                .filter(i -> i.accounts().stream().filter(shown::contains).limit(2).count() >= 2)
                .sorted(Comparator.comparingInt((Indicator i) -> i.accounts().size()).reversed()
                        .thenComparing(i -> i.kind().code()).thenComparing(Indicator::value))
                .limit(MAX_INDICATORS)
                .toList();

        Map<String, Integer> index = new LinkedHashMap<>();
        members.forEach(m -> index.put(GraphNode.accountId(m), index.size()));
        indicators.forEach(i -> index.putIfAbsent(GraphNode.indicatorId(i.kind(), i.value()), index.size()));
        List<int[]> pairs = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (Indicator indicator : indicators) {
            String to = GraphNode.indicatorId(indicator.kind(), indicator.value());
            for (String account : indicator.accounts()) {
                if (shown.contains(account) && edges.size() < MAX_EDGES) {
                    String from = GraphNode.accountId(account);
                    pairs.add(new int[] {index.get(from), index.get(to)});
                    edges.add(new GraphEdge("edge:" + from + "|" + to, from, to, indicator.kind().code()));
                }
            }
        }
        double[][] xy = ForceLayout.layout(index.size(), pairs.toArray(int[][]::new), MEMBER_SPACING, 150,
                campaignId.hashCode(), progress);
        long maxExchanges = Math.max(1, members.stream().mapToLong(a -> data.accounts().exchanges(a)).max().orElse(1));
        List<GraphNode> nodes = new ArrayList<>();
        int i = 0;
        for (String member : members) {
            double size = 6 + 12 * Math.sqrt(data.accounts().exchanges(member) / (double) maxExchanges);
            nodes.add(new GraphNode(GraphNode.accountId(member), GraphNode.Type.ACCOUNT, member, xy[0][i], xy[1][i],
                    size, colour, scoreOf(data, member, campaign.score()), campaignId, null, member));
            i++;
        }
        for (Indicator indicator : indicators) {
            nodes.add(new GraphNode(GraphNode.indicatorId(indicator.kind(), indicator.value()),
                    GraphNode.Type.INDICATOR, indicator.kind().code() + ": " + indicator.value(), xy[0][i], xy[1][i],
                    9, -1, indicator.weight(), null, indicator.kind(), indicator.value()));
            i++;
        }
        double radius = ForceLayout.radius(xy) + MEMBER_SPACING;
        if (hidden > 0) {
            nodes.add(new GraphNode("more:" + campaignId, GraphNode.Type.MORE, "+" + hidden + " more members",
                    0, -radius - MEMBER_SPACING, 10, colour, campaign.score(), campaignId, null, campaignId));
            radius += MEMBER_SPACING;
        }
        return new Expansion(campaignId, nodes, edges, hidden, radius);
    }

    private static double scoreOf(NetworkData data, String account, double fallback) {
        AccountScore score = data.score(account);
        return score == null ? fallback : score.score();
    }

    /** The picture for the filter, with the given campaigns expanded. */
    public static NetworkPicture compose(NetworkData data, NetworkFilter filter, Map<String, Expansion> expanded) {
        List<CampaignResult> visible = data.campaigns().stream()
                .filter(c -> c.score() >= filter.minScore())
                .filter(c -> filter.campaign() == null || filter.campaign().equals(c.id()))
                .toList();
        long maxExchanges = Math.max(1, visible.stream().mapToLong(CampaignResult::exchanges).max().orElse(1));
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        List<GraphEdge> edges = new ArrayList<>();
        Map<String, double[]> discs = new HashMap<>();
        int hidden = 0;
        for (CampaignResult c : visible) {
            Expansion e = expanded.get(c.id());
            if (e != null) {
                double[] at = data.overviewPosition(c.id());
                discs.put(c.id(), new double[] {at[0], at[1], e.radius()});
            }
        }
        for (CampaignResult c : visible) {
            double[] at = data.overviewPosition(c.id());
            Expansion e = expanded.get(c.id());
            if (e == null) {
                double[] p = pushedOut(at, discs);
                double size = 18 + 42 * Math.sqrt(c.exchanges() / (double) maxExchanges);
                nodes.put(GraphNode.campaignId(c.id()), new GraphNode(GraphNode.campaignId(c.id()),
                        GraphNode.Type.CAMPAIGN, c.id() + " · " + c.accounts().size(), p[0], p[1], size,
                        data.colour(c.id()), c.score(), c.id(), null, c.id()));
                continue;
            }
            hidden += e.hidden();
            for (GraphNode n : e.nodes()) {
                nodes.putIfAbsent(n.id(), n.moved(n.x() + at[0], n.y() + at[1]));
            }
            edges.addAll(e.edges());
        }
        Set<String> collapsed = visible.stream().map(CampaignResult::id).filter(id -> !expanded.containsKey(id))
                .collect(Collectors.toSet());
        data.between().forEach((a, bs) -> bs.forEach((b, kinds) -> {
            List<String> shared = kinds.stream().filter(filter.kinds()::contains).map(IndicatorKind::code).toList();
            if (!shared.isEmpty() && collapsed.contains(a) && collapsed.contains(b)) {
                String from = GraphNode.campaignId(a);
                String to = GraphNode.campaignId(b);
                edges.add(new GraphEdge("edge:" + from + "|" + to, from, to, String.join(",", shared)));
            }
        }));
        return new NetworkPicture(new ArrayList<>(nodes.values()), edges, hidden);
    }

    /** Moves a collapsed campaign out of any expanded campaign's disc. */
    private static double[] pushedOut(double[] at, Map<String, double[]> discs) {
        double x = at[0];
        double y = at[1];
        for (double[] d : discs.values()) {
            double dx = x - d[0];
            double dy = y - d[1];
            double dist = Math.hypot(dx, dy);
            double needed = d[2] + GAP;
            if (dist < needed) {
                double ux = dist < 1e-6 ? 1 : dx / dist;
                double uy = dist < 1e-6 ? 0 : dy / dist;
                x = d[0] + ux * needed;
                y = d[1] + uy * needed;
            }
        }
        return new double[] {x, y};
    }
}
