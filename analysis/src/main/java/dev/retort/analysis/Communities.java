package dev.retort.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refines a connected component into communities by weighted label propagation (Raghavan, Albert and Kumara,
 * 2007), deterministically (fixed order, ties to the smaller label). The split is kept only when every community
 * has at least {@code minSize} accounts and is bound to the others by under a quarter of its own internal weight —
 * that is, when the component really is separate groups joined by a few stray links. Otherwise the component stays
 * whole, so a big campaign is never cut into arbitrary pieces.
 */
final class Communities {
    private static final int ROUNDS = 30;
    private static final double MAX_CUT_SHARE = 0.25;

    private Communities() {}

    /** @param members ascending profile indexes; @param edges the strong edges inside the component */
    static List<int[]> refine(int[] members, List<AccountGraph.Edge> edges, int minSize) {
        int n = members.length;
        if (n < 2 * minSize) {
            return List.of(members);
        }
        Map<Integer, Integer> local = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            local.put(members[i], i);
        }
        List<List<double[]>> adj = new ArrayList<>(n); // {neighbour, weight}
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (AccountGraph.Edge e : edges) {
            int a = local.get(e.a());
            int b = local.get(e.b());
            adj.get(a).add(new double[] {b, e.weight()});
            adj.get(b).add(new double[] {a, e.weight()});
        }
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                Map<Integer, Double> votes = new TreeMap<>();
                for (double[] nb : adj.get(i)) {
                    votes.merge(label[(int) nb[0]], nb[1], Double::sum);
                }
                int best = label[i];
                double bestWeight = -1;
                for (Map.Entry<Integer, Double> v : votes.entrySet()) {
                    if (v.getValue() > bestWeight + 1e-12) {
                        best = v.getKey();
                        bestWeight = v.getValue();
                    }
                }
                if (best != label[i] && bestWeight > votes.getOrDefault(label[i], 0.0) + 1e-12) {
                    label[i] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        Map<Integer, Integer> merged = mergeUntilSeparate(label, adj, minSize);
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(merged.get(label[i]), k -> new ArrayList<>()).add(i);
        }
        if (groups.size() < 2) {
            return List.of(members);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            out.add(g.stream().mapToInt(i -> members[i]).sorted().toArray());
        }
        return out;
    }

    /**
     * Folds every community that is not separate — bound to the rest by more than a quarter of its own internal
     * weight, or smaller than {@code minSize} — into the neighbour it is most tied to, until all are separate.
     * Returns label to final community.
     */
    private static Map<Integer, Integer> mergeUntilSeparate(int[] label, List<List<double[]>> adj, int minSize) {
        TreeMap<Integer, double[]> stats = new TreeMap<>(); // label -> {internal, cut, size}
        TreeMap<Integer, TreeMap<Integer, Double>> between = new TreeMap<>();
        for (int i = 0; i < label.length; i++) {
            double[] st = stats.computeIfAbsent(label[i], k -> new double[3]);
            st[2]++;
            for (double[] nb : adj.get(i)) {
                int other = label[(int) nb[0]];
                if (other == label[i]) {
                    st[0] += nb[1] / 2;
                } else {
                    st[1] += nb[1];
                    between.computeIfAbsent(label[i], k -> new TreeMap<>()).merge(other, nb[1], Double::sum);
                }
            }
        }
        Map<Integer, Integer> into = new HashMap<>();
        stats.keySet().forEach(l -> into.put(l, l));
        boolean changed = true;
        while (changed && stats.size() > 1) {
            changed = false;
            for (Integer c : new ArrayList<>(stats.keySet())) {
                double[] st = stats.get(c);
                if (st == null || (st[2] >= minSize && st[1] <= MAX_CUT_SHARE * st[0])) {
                    continue;
                }
                TreeMap<Integer, Double> nbs = between.getOrDefault(c, new TreeMap<>());
                if (nbs.isEmpty()) {
                    continue;
                }
                int d = nbs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                double w = nbs.get(d);
                double[] sd = stats.get(d);
                sd[0] += st[0] + w;
                sd[1] += st[1] - 2 * w;
                sd[2] += st[2];
                stats.remove(c);
                TreeMap<Integer, Double> dn = between.computeIfAbsent(d, k -> new TreeMap<>());
                dn.remove(c);
                for (Map.Entry<Integer, Double> e : nbs.entrySet()) {
                    if (e.getKey() != d) {
                        dn.merge(e.getKey(), e.getValue(), Double::sum);
                        TreeMap<Integer, Double> back = between.get(e.getKey());
                        back.remove(c);
                        back.merge(d, e.getValue(), Double::sum);
                    }
                }
                between.remove(c);
                for (Map.Entry<Integer, Integer> e : into.entrySet()) {
                    if (e.getValue().equals(c)) {
                        e.setValue(d);
                    }
                }
                changed = true;
            }
        }
        return into;
    }
}
