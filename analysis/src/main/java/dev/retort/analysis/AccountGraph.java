package dev.retort.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /**
     * Families that tie accounts directly (one card, one network, one client build, one key). Prompt templates,
     * e-mail look-alikes, sign-up times and synchrony are circumstantial (two operators can run the same script or
     * the same throwaway mail service): they strengthen a link but never make one.
     */
    static final Set<String> DIRECT_FAMILIES = Set.of("payment", "network", "client", "key");
    static final double MIN_DIRECT = 0.05;
    /** Bit set in {@link Edge#kinds()} when no direct family backs the edge. */
    static final int CIRCUMSTANTIAL_ONLY = 1 << 30;

    /** One edge: accounts a < b, summed weight, the kinds behind it (bit per IndicatorKind ordinal). */
    record Edge(int a, int b, double weight, int kinds) {
        boolean isStrong(double threshold) {
            return weight >= threshold && (kinds & CIRCUMSTANTIAL_ONLY) == 0;
        }
    }

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
            best[IndicatorKind.SYNC_ACTIVITY.ordinal()] = syncBase * Signals.clamp((sync - 0.2) / 0.5);
            Map<String, Double> byFamily = new HashMap<>();
            int kinds = 0;
            for (int k = 0; k < best.length; k++) {
                if (best[k] > 0.005) {
                    byFamily.merge(KINDS[k].family(), best[k], Math::max);
                    kinds |= 1 << k;
                }
            }
            double w = 0;
            double direct = 0;
            for (Map.Entry<String, Double> f : byFamily.entrySet()) {
                w += f.getValue();
                if (DIRECT_FAMILIES.contains(f.getKey())) {
                    direct = Math.max(direct, f.getValue());
                }
            }
            if (direct < MIN_DIRECT) {
                kinds |= CIRCUMSTANTIAL_ONLY;
            }
            edges.add(new Edge(a, b, w, kinds));
        }
        return new AccountGraph(accounts.size(), edges);
    }

    /**
     * How synchronised two accounts are, hour by hour, over the span both were active (SynchroTrap compares users'
     * actions in time windows): the phi correlation of their active-hour indicators. Two accounts busy every hour
     * score 0 (nothing to compare: being always on is the flat-rhythm signal, not synchrony); two accounts working
     * the same shifts score near 1. 0 when they overlap for under two days.
     */
    static double synchrony(AccountProfile a, AccountProfile b) {
        int lo = Math.max(a.activeHours.nextSetBit(0), b.activeHours.nextSetBit(0));
        int hi = Math.min(a.activeHours.length(), b.activeHours.length()) - 1;
        int n = hi - lo + 1;
        if (lo < 0 || n < 48) {
            return 0;
        }
        BitSet x = a.activeHours.get(lo, hi + 1);
        BitSet y = b.activeHours.get(lo, hi + 1);
        double na = x.cardinality();
        double nb = y.cardinality();
        x.and(y);
        double n11 = x.cardinality();
        double den = Math.sqrt(na * (n - na) * nb * (n - nb));
        double phi = den == 0 ? 0 : Math.max(0, (n * n11 - na * nb) / den);
        // phi * sqrt(n) is the test statistic for independence: below 5 the overlap can be chance
        return phi * Math.sqrt(n) >= 5 ? phi : 0;
    }

    private static long pack(int a, int b, int kind, int q) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 40) | ((long) hi << 16) | ((long) kind << 12) | q;
    }

    List<Edge> edges() {
        return edges;
    }

    /** Edges at or above the threshold and backed by a direct family. */
    List<Edge> strong(double threshold) {
        return edges.stream().filter(e -> e.isStrong(threshold)).toList();
    }

    /** Connected components over the strong edges: component id per node (-1 for a node with no strong edge). */
    int[] components(double threshold) {
        int[] parent = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = i;
        }
        boolean[] linked = new boolean[nodes];
        for (Edge e : edges) {
            if (e.isStrong(threshold)) {
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
