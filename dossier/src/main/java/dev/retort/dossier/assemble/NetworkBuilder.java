package dev.retort.dossier.assemble;

import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Indicator;
import dev.retort.dossier.model.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaigns' accounts and the shared values tying them, as a bipartite graph. Only indicators shared by two or
 * more members of a campaign in the dossier become nodes; each account links to the indicators it shares.
 */
final class NetworkBuilder {
    private NetworkBuilder() {}

    static Network build(List<CampaignResult> campaigns, List<Indicator> indicators) {
        List<Network.Node> nodes = new ArrayList<>();
        List<Network.Edge> edges = new ArrayList<>();
        Map<String, String> accountNode = new HashMap<>();
        for (CampaignResult c : campaigns) {
            for (String a : c.accounts()) {
                if (!accountNode.containsKey(a)) {
                    String id = "a" + accountNode.size();
                    accountNode.put(a, id);
                    nodes.add(new Network.Node(id, a, "account", c.id(), c.score()));
                }
            }
        }
        int n = 0;
        for (Indicator i : indicators) {
            List<String> members = i.accounts().stream().filter(accountNode::containsKey).toList();
            if (members.size() < 2) {
                continue;
            }
            String id = "i" + n++;
            nodes.add(new Network.Node(id, i.value(), i.kind().code(), null, i.weight()));
            for (String a : members) {
                edges.add(new Network.Edge(accountNode.get(a), id, i.kind().code(), i.weight()));
            }
        }
        return new Network(nodes, edges);
    }
}
