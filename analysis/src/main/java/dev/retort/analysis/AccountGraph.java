package dev.retort.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The account graph: an edge between two accounts carries the indicators they share, its weight the sum over
 * indicator kinds of the strongest shared value of each kind (so ten IPs of one proxy pool count once, as an IP).
 * Synchronised hourly activity (SynchroTrap) is added to pairs already tied by something else. Edges are collected
 * as packed longs and sorted, which keeps millions of them cheap.
 */
final class AccountGraph {
    /** Groups larger than this are linked as a chain (enough for connectivity) rather than as every pair. */
    static final int CLIQUE_LIMIT = 150;
    private static final int WEIGHT_LEVELS = 4095;
    private static final IndicatorKind[] KINDS = IndicatorKind.values();

    /** One edge: accounts a < b, summed weight, the kinds behind it (bit per IndicatorKind ordinal). */
    record Edge(int a, int b, double weight, int kinds) {}

    private final List<Edge> edges;
    private final int nodes;

    private AccountGraph(int nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    static AccountGraph build(CaseData data, List<SharedValues.Group> groups, AnalysisConfig cfg) {
        long[] packed = new long[1024];
        int size = 0;
        for (SharedValues.Group g : groups) {
            int q = (int) Math.round(Math.min(1.0, g.weight()) * WEIGHT_LEVELS);
            int[] m = g.members();
            if (m.length <= CLIQUE_LIMIT) {
                for (int i = 0; i < m.length; i++) {
                    for (int j = i + 1; j < m.length; j++) {
                        if (size == packed.length) {
                            packed = Arrays.copyOf(packed, size * 2);
                        }
                        packed[size++] = pack(m[i], m[j], g.kind().ordinal(), q);
                    }
                }
            } else {
                for (int i = 0; i + 1 < m.length; i++) {
                    if (size + 2 > packed.length) {
                        packed = Arrays.copyOf(packed, size * 2);
                    }
                    packed[size++] = pack(m[i], m[i + 1], g.kind().ordinal(), q);
                    if (i + 2 < m.length) {
                        packed[size++] = pack(m[i], m[i + 2], g.kind().ordinal(), q);
                    }
                }
            }
        }
        Arrays.sort(packed, 0, size);
        List<Edge> edges = new ArrayList<>();
        List<AccountProfile> accounts = data.accounts();
        double syncBase = cfg.indicatorWeight(IndicatorKind.SYNC_ACTIVITY);
        int i = 0;
        while (i < size) {
            long pair = packed[i] >>> 16;
            double[] best = new double[IndicatorKind.values().length];
            while (i < size && (packed[i] >>> 16) == pair) {
                int kind = (int) ((packed[i] >>> 12) & 0xF);
                best[kind] = Math.max(best[kind], (packed[i] & 0xFFF) / (double) WEIGHT_LEVELS);
                i++;
            }
            int a = (int) (pair >>> 24);
            int b = (int) (pair & 0xFFFFFF);
            double sync = synchrony(accounts.get(a), accounts.get(b));
            best[IndicatorKind.SYNC_ACTIVITY.ordinal()] = syncBase * Math.max(0, (sync - 0.5) / 0.4);
            java.util.Map<String, Double> byFamily = new java.util.HashMap<>();
            int kinds = 0;
            for (int k = 0; k < best.length; k++) {
                if (best[k] > 0.005) {
                    byFamily.merge(KINDS[k].family(), best[k], Math::max);
                    kinds |= 1 << k;
                }
            }
            double w = 0;
            for (double v : byFamily.values()) {
                w += v;
            }
            edges.add(new Edge(a, b, w, kinds));
        }
        return new AccountGraph(accounts.size(), edges);
    }

    /** Jaccard similarity of the hours two accounts were active in; 0 when either was active under a day's worth. */
    static double synchrony(AccountProfile a, AccountProfile b) {
        int ca = a.activeHours.cardinality();
        int cb = b.activeHours.cardinality();
        if (ca < 24 || cb < 24) {
            return 0;
        }
        BitSet both = (BitSet) a.activeHours.clone();
        both.and(b.activeHours);
        int inter = both.cardinality();
        return inter / (double) (ca + cb - inter);
    }

    private static long pack(int a, int b, int kind, int q) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 40) | ((long) hi << 16) | ((long) kind << 12) | q;
    }

    List<Edge> edges() {
        return edges;
    }

    /** Edges at or above the threshold. */
    List<Edge> strong(double threshold) {
        return edges.stream().filter(e -> e.weight() >= threshold).toList();
    }

    /** Connected components over the strong edges: component id per node (-1 for a node with no strong edge). */
    int[] components(double threshold) {
        int[] parent = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = i;
        }
        boolean[] linked = new boolean[nodes];
        for (Edge e : edges) {
            if (e.weight() >= threshold) {
                union(parent, e.a(), e.b());
                linked[e.a()] = true;
                linked[e.b()] = true;
            }
        }
        int[] out = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            out[i] = linked[i] ? find(parent, i) : -1;
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
