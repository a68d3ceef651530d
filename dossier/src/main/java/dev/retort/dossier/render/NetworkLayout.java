package dev.retort.dossier.render;

import dev.retort.dossier.model.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic layout of the dossier network, cheap at 25,000 accounts: each campaign gets its own disc (placed on
 * a grid), its shared indicators sit on an inner ring and its accounts fill the disc as a sunflower spiral. Positions
 * are in the unit square. The same layout feeds the snapshot image and the GEXF viz:position, so Gephi opens the
 * graph the way the dossier shows it.
 */
final class NetworkLayout {
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    record Point(double x, double y) {
    }

    private NetworkLayout() {}

    static Map<String, Point> of(Network net) {
        Map<String, List<Network.Node>> accountsByCampaign = new LinkedHashMap<>();
        Map<String, String> campaignOfNode = new HashMap<>();
        for (Network.Node n : net.nodes()) {
            if ("account".equals(n.kind())) {
                String c = n.campaign() == null ? "" : n.campaign();
                accountsByCampaign.computeIfAbsent(c, k -> new ArrayList<>()).add(n);
                campaignOfNode.put(n.id(), c);
            }
        }
        // An indicator belongs to the campaign of the first account it links to.
        Map<String, List<String>> indicatorsByCampaign = new LinkedHashMap<>();
        Map<String, Boolean> placed = new HashMap<>();
        for (Network.Edge e : net.edges()) {
            if (placed.putIfAbsent(e.target(), true) == null) {
                String c = campaignOfNode.getOrDefault(e.source(), "");
                indicatorsByCampaign.computeIfAbsent(c, k -> new ArrayList<>()).add(e.target());
            }
        }
        int groups = Math.max(1, accountsByCampaign.size());
        int cols = (int) Math.ceil(Math.sqrt(groups));
        int rows = (int) Math.ceil(groups / (double) cols);
        double cell = 1.0 / Math.max(cols, rows);
        Map<String, Point> out = new HashMap<>();
        int g = 0;
        for (Map.Entry<String, List<Network.Node>> en : accountsByCampaign.entrySet()) {
            double cx = cell * (g % cols + 0.5);
            double cy = cell * (g / cols + 0.5);
            double radius = cell * 0.45;
            List<Network.Node> accounts = en.getValue();
            List<String> inds = indicatorsByCampaign.getOrDefault(en.getKey(), List.of());
            int n = accounts.size();
            // Shared values fill an inner disc sized by their share of the nodes; accounts the ring around it.
            double inner = Math.max(0.15, Math.min(0.6, Math.sqrt(inds.size() / (double) (inds.size() + n))));
            for (int i = 0; i < n; i++) {
                double r = radius * (inner + (1 - inner) * Math.sqrt((i + 0.5) / n));
                double a = i * GOLDEN_ANGLE;
                out.put(accounts.get(i).id(), new Point(cx + r * Math.cos(a), cy + r * Math.sin(a)));
            }
            for (int i = 0; i < inds.size(); i++) {
                double r = inds.size() == 1 ? 0 : radius * inner * 0.85 * Math.sqrt((i + 0.5) / inds.size());
                double a = i * GOLDEN_ANGLE;
                out.put(inds.get(i), new Point(cx + r * Math.cos(a), cy + r * Math.sin(a)));
            }
            g++;
        }
        return out;
    }
}
