package dev.retort.dossier.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.analysis.AccountScore;
import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Indicator;
import dev.retort.analysis.Reason;
import dev.retort.analysis.RunInfo;
import dev.retort.dossier.DossierException;
import dev.retort.dossier.model.AccountRow;
import dev.retort.dossier.model.CampaignFinding;
import dev.retort.dossier.model.CaseRef;
import dev.retort.dossier.model.Custody;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.ExchangeRow;
import dev.retort.dossier.model.ExportInfo;
import dev.retort.dossier.model.IndicatorRow;
import dev.retort.dossier.model.Methodology;
import dev.retort.dossier.model.NoteRow;
import dev.retort.dossier.model.ReasonRow;
import dev.retort.dossier.model.SectionRef;
import dev.retort.dossier.model.Summary;
import dev.retort.store.Analyst;
import dev.retort.store.CaseFile;
import dev.retort.store.CaseInfo;
import dev.retort.store.ToolVersion;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import dev.retort.store.workbench.DossierSection;
import dev.retort.store.workbench.Note;
import dev.retort.store.workbench.SectionKind;
import dev.retort.store.workbench.Tag;
import dev.retort.store.workbench.TargetKind;
import dev.retort.store.workbench.Workbench;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a case (imported data, the latest analysis run, the analyst's dossier, tags and notes) into a document. */
public final class DossierAssembler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXEMPLARS_PER_CAMPAIGN = 6;

    private DossierAssembler() {}

    public static DossierDocument assemble(CaseFile caseFile, String profileName, Progress progress) {
        Connection conn = caseFile.connection();
        Workbench wb = Workbench.of(caseFile);
        step(progress, 1, "reading the analysis results");
        Optional<AnalysisResults> results = AnalysisResults.latest(conn);
        List<DossierSection> sections = wb.sections().list();

        Map<String, List<String>> tags = tagsByTarget(wb);
        List<CampaignResult> chosen = chosenCampaigns(sections, results);
        Map<String, String> campaignOf = new HashMap<>();
        Set<String> accountNames = new LinkedHashSet<>();
        for (CampaignResult c : chosen) {
            for (String a : c.accounts()) {
                campaignOf.putIfAbsent(a, c.id());
                accountNames.add(a);
            }
        }
        sections.stream().filter(s -> s.target() != null && s.target().kind() == TargetKind.ACCOUNT)
                .forEach(s -> accountNames.add(s.target().key()));

        step(progress, 2, "reading " + accountNames.size() + " accounts");
        Map<String, AccountQueries.Facts> facts = AccountQueries.facts(conn, accountNames);
        List<Long> rowIds = facts.values().stream().map(AccountQueries.Facts::rowId).toList();
        var ips = AccountQueries.topValues(conn, rowIds, AccountQueries.Dimension.IPS);
        var uas = AccountQueries.topValues(conn, rowIds, AccountQueries.Dimension.USER_AGENTS);
        var keys = AccountQueries.topValues(conn, rowIds, AccountQueries.Dimension.KEYS);
        List<AccountRow> accounts = new ArrayList<>(accountNames.size());
        for (String name : accountNames) {
            AccountQueries.Facts f = facts.get(name);
            Optional<AccountScore> score = results.flatMap(r -> r.account(name));
            List<String> accountTags = tags.getOrDefault("account:" + name, List.of());
            if (f == null) {
                accounts.add(new AccountRow(name, null, null, null, null, null, null, null, null, 0,
                        score.map(AccountScore::score).orElse(null), campaignOf.get(name), List.of(), List.of(),
                        List.of(), accountTags));
            } else {
                accounts.add(new AccountRow(name, f.createdAt(), f.email(), f.payment(), f.country(), f.orgId(),
                        f.verified(), f.firstSeen(), f.lastSeen(), f.exchangeCount(),
                        score.map(AccountScore::score).orElse(null), campaignOf.get(name),
                        ips.getOrDefault(f.rowId(), List.of()), uas.getOrDefault(f.rowId(), List.of()),
                        keys.getOrDefault(f.rowId(), List.of()), accountTags));
            }
        }
        check(progress);

        step(progress, 3, "picking exemplar exchanges");
        Map<String, List<Long>> membersByCampaign = new LinkedHashMap<>();
        Set<Long> exchangeIds = new LinkedHashSet<>();
        for (CampaignResult c : chosen) {
            List<Long> members = c.accounts().stream().map(facts::get).filter(f -> f != null)
                    .map(AccountQueries.Facts::rowId).toList();
            membersByCampaign.put(c.id(), members);
            List<Long> picked = new ArrayList<>();
            for (Reason r : c.reasons()) {
                r.exchangeIds().stream().limit(2).forEach(picked::add);
            }
            if (picked.size() < EXEMPLARS_PER_CAMPAIGN) {
                picked.addAll(ExchangeQueries.earliestWithText(conn, members.stream().limit(25).toList(),
                        EXEMPLARS_PER_CAMPAIGN - picked.size()));
            }
            picked.stream().limit(EXEMPLARS_PER_CAMPAIGN).forEach(exchangeIds::add);
        }
        Set<Long> explicit = new LinkedHashSet<>();
        for (DossierSection s : sections) {
            explicit.addAll(sectionExchangeIds(s));
        }
        exchangeIds.addAll(explicit);
        Map<Long, List<String>> exchangeTags = new HashMap<>();
        tags.forEach((k, v) -> {
            if (k.startsWith("exchange:")) {
                exchangeTags.put(Long.parseLong(k.substring("exchange:".length())), v);
            }
        });
        // A reason may cite exchanges of linked accounts outside the campaign; exemplars show members only, unless
        // the analyst picked the exchange.
        List<ExchangeRow> exchanges = ExchangeQueries.byIds(conn, exchangeIds, campaignOf, exchangeTags).stream()
                .filter(x -> x.campaign() != null || explicit.contains(x.id())).toList();
        check(progress);

        step(progress, 4, "building the network and timeline");
        var network = NetworkBuilder.build(chosen, results.map(AnalysisResults::indicators).orElse(List.of()));
        var timeline = TimelineQuery.build(conn, new LinkedHashMap<>(membersByCampaign));
        check(progress);

        step(progress, 5, "reading notes, methodology and custody");
        CaseInfo info = caseFile.info();
        List<NoteRow> notes = wb.notes().all().stream().map(DossierAssembler::noteRow).toList();
        List<Custody.SourceFile> sources = CustodyQuery.sources(conn);
        String now = caseFile.clock().instant().toString();
        String who = Analyst.current();
        ExportInfo export = new ExportInfo(now, who, ToolVersion.get(), profileName, List.of());
        Custody custody = new Custody(sources, info.createdAt().toString(), info.createdBy(), ToolVersion.get(), who,
                now);
        List<CampaignFinding> findings = chosen.stream()
                .map(c -> finding(c, results.get(), tags.getOrDefault("campaign:" + c.id(), List.of()))).toList();
        Summary summary = summary(conn, sources.size(), chosen);
        return new DossierDocument(DossierDocument.SCHEMA,
                new CaseRef(info.id(), info.name(), info.createdAt().toString(), info.createdBy()), export,
                sections.stream().map(DossierAssembler::sectionRef).toList(), summary, findings, accounts, exchanges,
                network, timeline, notes, methodology(results), custody);
    }

    private static List<CampaignResult> chosenCampaigns(List<DossierSection> sections,
                                                        Optional<AnalysisResults> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        List<CampaignResult> out = new ArrayList<>();
        for (DossierSection s : sections) {
            if (s.kind() == SectionKind.CAMPAIGN && s.target() != null) {
                results.get().campaign(s.target().key()).filter(c -> !out.contains(c)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static List<Long> sectionExchangeIds(DossierSection s) {
        List<Long> ids = new ArrayList<>();
        if (s.target() != null && s.target().kind() == TargetKind.EXCHANGE) {
            ids.add(Long.parseLong(s.target().key()));
        }
        try {
            JsonNode p = JSON.readTree(s.paramsJson() == null ? "{}" : s.paramsJson());
            p.path("exchangeIds").forEach(n -> ids.add(n.asLong()));
        } catch (Exception e) {
            throw new DossierException("section " + s.id() + " has unreadable options", e);
        }
        return ids;
    }

    private static CampaignFinding finding(CampaignResult c, AnalysisResults r, List<String> tags) {
        Set<String> members = new java.util.HashSet<>(c.accounts());
        List<IndicatorRow> indicators = new ArrayList<>();
        for (Indicator i : r.indicators()) {
            long shared = i.accounts().stream().filter(members::contains).count();
            if (shared >= 2) {
                indicators.add(new IndicatorRow(i.kind().code(), i.value(), (int) shared, i.weight()));
            }
        }
        indicators.sort((x, y) -> Integer.compare(y.accountCount(), x.accountCount()));
        List<ReasonRow> reasons = c.reasons().stream()
                .map(x -> new ReasonRow(x.code(), x.weight(), x.text(), x.exchangeIds())).toList();
        return new CampaignFinding(c.id(), c.verdict(), c.score(), c.accounts().size(), c.exchanges(),
                Times.iso(c.windowStart()), Times.iso(c.windowEnd()), Times.iso(c.rampEnd()), c.accounts(),
                c.signals(), reasons, indicators, tags);
    }

    private static Summary summary(Connection conn, int sources, List<CampaignResult> chosen) {
        long accounts = CustodyQuery.count(conn, "accounts");
        long exchanges = CustodyQuery.count(conn, "exchanges");
        long[] span = CustodyQuery.dataSpan(conn);
        long flaggedAccounts = chosen.stream().mapToLong(c -> c.accounts().size()).sum();
        long flaggedExchanges = chosen.stream().mapToLong(CampaignResult::exchanges).sum();
        String headline = chosen.isEmpty()
                ? "No campaign was flagged in the analysed data."
                : String.format("%d campaign%s of %,d accounts made %,d of the %,d exchanges in the case.",
                        chosen.size(), chosen.size() == 1 ? "" : "s", flaggedAccounts, flaggedExchanges, exchanges);
        return new Summary(accounts, exchanges, sources, chosen.size(), flaggedAccounts, flaggedExchanges,
                span == null ? null : java.time.Instant.ofEpochMilli(span[0]).toString(),
                span == null ? null : java.time.Instant.ofEpochMilli(span[1]).toString(), headline);
    }

    private static Methodology methodology(Optional<AnalysisResults> results) {
        if (results.isEmpty()) {
            return new Methodology(null, null, null, null, null, null, JSON.createObjectNode());
        }
        RunInfo run = results.get().run();
        JsonNode params;
        try {
            params = JSON.readTree(run.configJson());
        } catch (Exception e) {
            throw new DossierException("analysis run " + run.id() + " has an unreadable configuration", e);
        }
        return new Methodology(run.id(), Times.iso(run.startedAt()), Times.iso(run.finishedAt()), run.analyst(),
                run.toolVersion(), run.configVersion(), params);
    }

    private static Map<String, List<String>> tagsByTarget(Workbench wb) {
        Map<String, List<String>> out = new HashMap<>();
        for (TargetKind k : TargetKind.values()) {
            for (Tag t : wb.tags().all(k)) {
                out.computeIfAbsent(k.key() + ":" + t.target().key(), x -> new ArrayList<>()).add(t.tag());
            }
        }
        return out;
    }

    private static NoteRow noteRow(Note n) {
        return new NoteRow(n.target().kind().key(), n.target().key(), n.body(), n.createdBy(),
                n.createdAt().toString());
    }

    private static SectionRef sectionRef(DossierSection s) {
        return new SectionRef(s.kind().key(), s.title(), s.target() == null ? null : s.target().kind().key(),
                s.target() == null ? null : s.target().key());
    }

    private static void step(Progress p, int step, String message) {
        check(p);
        p.update(step, 5, message);
    }

    private static void check(Progress p) {
        if (p.isCancelled()) {
            throw new CancelledException("assembling the dossier");
        }
    }
}
