package dev.retort.analysis;

import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The detection itself, on data already in memory: template families, shared values, the account graph, clusters,
 * behaviour signals, scores and reasons. {@link Analyzer} loads the data and saves the outcome.
 */
final class Engine {
    /** Links kept per account for the stored graph (the strongest ones). */
    static final int LINKS_PER_ACCOUNT = 6;

    record Outcome(List<CampaignResult> campaigns, List<AccountScore> accounts, List<Indicator> indicators,
                   List<Link> links) {}

    private final CaseData data;
    private final AnalysisConfig cfg;
    private final Progress progress;

    Engine(CaseData data, AnalysisConfig cfg, Progress progress) {
        this.data = data;
        this.cfg = cfg;
        this.progress = progress;
    }

    Outcome run() {
        List<AccountProfile> accounts = data.accounts();
        int n = accounts.size();
        step(1, "grouping prompt templates");
        TemplateFamilies families = TemplateFamilies.of(accounts.stream()
                .flatMap(p -> p.simhashes.keySet().stream()).mapToLong(Long::longValue).toArray(),
                cfg.templateDistance());
        Map<Long, Integer> familyAccounts = new HashMap<>();
        for (AccountProfile p : accounts) {
            Set<Long> fs = new HashSet<>();
            p.simhashes.keySet().forEach(h -> fs.add(families.family(h)));
            fs.forEach(f -> familyAccounts.merge(f, 1, Integer::sum));
        }
        step(2, "finding shared values");
        List<SharedValues.Group> groups = SharedValues.find(data, cfg, families);
        step(3, "linking accounts");
        AccountGraph graph = AccountGraph.build(data, groups, cfg);
        step(4, "scoring behaviour");
        Map<String, Long> newModels = new TreeMap<>();
        data.modelFirstSeen().forEach((m, t) -> {
            if (t > data.start + AccountProfile.DAY) {
                newModels.put(m, t);
            }
        });
        List<Map<String, Double>> signals = new ArrayList<>(n);
        double[] behaviour = new double[n];
        for (AccountProfile p : accounts) {
            Map<String, Double> s = Signals.of(p, cfg, families, familyAccounts, newModels);
            signals.add(s);
            behaviour[p.index] = Signals.score(s, cfg);
        }
        step(5, "clustering");
        int[] component = graph.components(cfg.linkThreshold());
        double[] maxLink = new double[n];
        for (AccountGraph.Edge e : graph.edges()) {
            maxLink[e.a()] = Math.max(maxLink[e.a()], e.weight());
            maxLink[e.b()] = Math.max(maxLink[e.b()], e.weight());
        }
        boolean[] inBurst = new boolean[n];
        for (SharedValues.Group g : groups) {
            if (g.kind() == IndicatorKind.SIGNUP_BURST) {
                for (int m : g.members()) {
                    inBurst[m] = true;
                }
            }
        }
        refineCommunities(graph, component);
        Map<Integer, List<Integer>> byComponent = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (component[i] >= 0) {
                byComponent.computeIfAbsent(component[i], k -> new ArrayList<>()).add(i);
            }
        }
        step(6, "judging clusters");
        ClusterAssessor assessor = new ClusterAssessor(data, cfg, signals, behaviour, maxLink, inBurst);
        Explainer explainer = new Explainer(data, cfg);
        Map<Integer, List<SharedValues.Group>> groupsByComponent = groupsByComponent(groups, component);
        String[] clusterOf = new String[n];
        String[] campaignOf = new String[n];
        double[] clusterScore = new double[n];
        List<CampaignResult> campaigns = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Map.Entry<Integer, List<Integer>> c : byComponent.entrySet()) {
            checkCancel();
            int[] members = c.getValue().stream().mapToInt(Integer::intValue).toArray();
            List<AccountProfile> profiles = Arrays.stream(members).mapToObj(accounts::get).toList();
            String id = Cluster.idFor(profiles);
            for (int k = 2; !usedIds.add(id); k++) { // a 32-bit id can collide; keep ids unique within a run
                id = Cluster.idFor(profiles) + "-" + k;
            }
            Map<String, Double> s = assessor.signals(members);
            double score = assessor.score(s);
            String verdict = assessor.verdict(members.length, score);
            for (int m : members) {
                clusterOf[m] = id;
                clusterScore[m] = score;
            }
            if (verdict == null) {
                continue;
            }
            int[] judged = members;
            if (verdict.equals(CampaignResult.CAMPAIGN)) {
                judged = Arrays.stream(members).filter(m -> behaviour[m] >= cfg.memberThreshold()).toArray();
                if (judged.length < cfg.minCampaignAccounts()) {
                    verdict = CampaignResult.SUSPICIOUS;
                    judged = members;
                } else {
                    for (int m : judged) {
                        campaignOf[m] = id;
                    }
                }
            }
            campaigns.add(campaign(id, judged, members, s, score, verdict, assessor, explainer,
                    groupsByComponent.getOrDefault(c.getKey(), List.of())));
        }
        campaigns.sort(Comparator.comparingDouble(CampaignResult::score).reversed()
                .thenComparing(CampaignResult::id));
        step(7, "explaining account scores");
        List<AccountScore> scores = accountScores(signals, behaviour, clusterOf, campaignOf, clusterScore,
                groupsByComponent, component, explainer);
        return new Outcome(campaigns, scores, indicators(groups, component),
                links(graph, component));
    }

    /** Splits components that are separate groups joined by stray links; renumbers their members in place. */
    private void refineCommunities(AccountGraph graph, int[] component) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < component.length; i++) {
            if (component[i] >= 0) {
                members.computeIfAbsent(component[i], k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, List<AccountGraph.Edge>> edges = new HashMap<>();
        for (AccountGraph.Edge e : graph.strong(cfg.linkThreshold())) {
            edges.computeIfAbsent(component[e.a()], k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Integer, List<Integer>> c : members.entrySet()) {
            checkCancel();
            int[] m = c.getValue().stream().mapToInt(Integer::intValue).toArray();
            List<int[]> parts = Communities.refine(m, edges.getOrDefault(c.getKey(), List.of()),
                    cfg.minCampaignAccounts());
            if (parts.size() > 1) {
                for (int[] part : parts) {
                    for (int i : part) {
                        component[i] = part[0]; // the smallest index names the community, as for components
                    }
                }
            }
        }
    }

    private CampaignResult campaign(String id, int[] judged, int[] members, Map<String, Double> s, double score,
                                    String verdict, ClusterAssessor assessor, Explainer explainer,
                                    List<SharedValues.Group> groups) {
        List<AccountProfile> profiles = Arrays.stream(judged).mapToObj(data.accounts()::get).toList();
        long[] window = assessor.window(judged);
        long rampEnd = assessor.rampEnd(judged);
        long exchanges = profiles.stream().mapToLong(p -> p.exchanges).sum();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(explainer.window(window, rampEnd, judged.length, exchanges));
        List<Reason> evidence = new ArrayList<>();
        evidence.addAll(explainer.sharedValues(groups, members, "linked accounts"));
        evidence.addAll(explainer.behaviour(s, profiles));
        evidence.addAll(explainer.coordination(s, members.length, window));
        evidence.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.weight())));
        reasons.addAll(evidence);
        if (judged.length < members.length) {
            reasons.add(new Reason("members_left_out", 0, String.format(java.util.Locale.ROOT,
                    "%d linked account(s) behave like ordinary users and are not counted in the campaign.",
                    members.length - judged.length), List.of()));
        }
        List<String> names = profiles.stream().map(p -> p.name).sorted().toList();
        return new CampaignResult(id, round(score), verdict, names, exchanges,
                window[0] == Long.MAX_VALUE ? null : java.time.Instant.ofEpochMilli(window[0]),
                window[1] == Long.MIN_VALUE ? null : java.time.Instant.ofEpochMilli(window[1]),
                rampEnd < 0 ? null : java.time.Instant.ofEpochMilli(rampEnd), rounded(s), reasons);
    }

    private List<AccountScore> accountScores(List<Map<String, Double>> signals, double[] behaviour,
                                             String[] clusterOf, String[] campaignOf, double[] clusterScore,
                                             Map<Integer, List<SharedValues.Group>> groupsByComponent,
                                             int[] component, Explainer explainer) {
        Map<Integer, List<SharedValues.Group>> byAccount = new HashMap<>();
        groupsByComponent.values().forEach(gs -> gs.forEach(g -> {
            for (int m : g.members()) {
                byAccount.computeIfAbsent(m, k -> new ArrayList<>()).add(g);
            }
        }));
        List<AccountScore> out = new ArrayList<>();
        for (AccountProfile p : data.accounts()) {
            int i = p.index;
            double score = clusterOf[i] == null ? 0.6 * behaviour[i] : 0.6 * behaviour[i] + 0.4 * clusterScore[i];
            List<Reason> reasons = new ArrayList<>(explainer.behaviour(signals.get(i), List.of(p)));
            if (component[i] >= 0) {
                reasons.addAll(explainer.accountSharedValues(i, byAccount.getOrDefault(i, List.of())));
            }
            reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.weight())));
            out.add(new AccountScore(p.name, round(score), campaignOf[i], clusterOf[i], rounded(signals.get(i)),
                    reasons.size() > 8 ? reasons.subList(0, 8) : reasons));
        }
        out.sort(Comparator.comparingDouble(AccountScore::score).reversed().thenComparing(AccountScore::account));
        return out;
    }

    private static Map<Integer, List<SharedValues.Group>> groupsByComponent(List<SharedValues.Group> groups,
                                                                            int[] component) {
        Map<Integer, List<SharedValues.Group>> out = new HashMap<>();
        for (SharedValues.Group g : groups) {
            Set<Integer> seen = new HashSet<>();
            for (int m : g.members()) {
                if (component[m] >= 0 && seen.add(component[m])) {
                    out.computeIfAbsent(component[m], k -> new ArrayList<>()).add(g);
                }
            }
        }
        return out;
    }

    private List<Indicator> indicators(List<SharedValues.Group> groups, int[] component) {
        List<Indicator> out = new ArrayList<>();
        for (SharedValues.Group g : groups) {
            int inCluster = 0;
            for (int m : g.members()) {
                inCluster += component[m] >= 0 ? 1 : 0;
            }
            if (inCluster >= 2) {
                List<String> names = Arrays.stream(g.members()).mapToObj(m -> data.accounts().get(m).name).sorted()
                        .toList();
                out.add(new Indicator(g.kind(), g.value(), names, round(g.weight())));
            }
        }
        return out;
    }

    private List<Link> links(AccountGraph graph, int[] component) {
        Map<Integer, List<AccountGraph.Edge>> perNode = new HashMap<>();
        for (AccountGraph.Edge e : graph.strong(cfg.linkThreshold())) {
            perNode.computeIfAbsent(e.a(), k -> new ArrayList<>()).add(e);
            perNode.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(e);
        }
        Set<AccountGraph.Edge> kept = new HashSet<>();
        for (List<AccountGraph.Edge> es : perNode.values()) {
            es.sort(Comparator.comparingDouble(AccountGraph.Edge::weight).reversed());
            kept.addAll(es.subList(0, Math.min(LINKS_PER_ACCOUNT, es.size())));
        }
        List<Link> out = new ArrayList<>();
        for (AccountGraph.Edge e : kept) {
            String a = data.accounts().get(e.a()).name;
            String b = data.accounts().get(e.b()).name;
            List<IndicatorKind> kinds = Arrays.stream(IndicatorKind.values())
                    .filter(k -> (e.kinds() & (1 << k.ordinal())) != 0).toList();
            out.add(a.compareTo(b) < 0 ? new Link(a, b, round(e.weight()), kinds)
                    : new Link(b, a, round(e.weight()), kinds));
        }
        out.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
        return out;
    }

    private void step(int step, String message) {
        checkCancel();
        progress.update(step, 7, message);
    }

    private void checkCancel() {
        if (progress.isCancelled()) {
            throw new CancelledException("analysis");
        }
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static Map<String, Double> rounded(Map<String, Double> s) {
        Map<String, Double> out = new TreeMap<>();
        s.forEach((k, v) -> out.put(k, round(v)));
        return out;
    }
}
