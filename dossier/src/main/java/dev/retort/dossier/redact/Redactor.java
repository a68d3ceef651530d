package dev.retort.dossier.redact;

import dev.retort.dossier.RedactionProfile;
import dev.retort.dossier.RedactionProfile.Field;
import dev.retort.dossier.model.AccountRow;
import dev.retort.dossier.model.CampaignFinding;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.ExchangeRow;
import dev.retort.dossier.model.ExportInfo;
import dev.retort.dossier.model.IndicatorRow;
import dev.retort.dossier.model.Network;
import dev.retort.dossier.model.NoteRow;
import dev.retort.dossier.model.ReasonRow;
import dev.retort.dossier.model.SectionRef;
import dev.retort.dossier.model.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a redaction profile to a dossier document, returning a new document from which the removed values are
 * gone (not hidden): every renderer works from the result, so no export can contain them. Free text (reasons, notes,
 * titles) is scrubbed of every value that was masked elsewhere. The profile and what it removed are recorded in
 * the document's export info, which the manifest repeats.
 */
public final class Redactor {
    private Redactor() {}

    public static DossierDocument apply(DossierDocument doc, RedactionProfile profile) {
        List<String> removed = profile.fields().stream().map(Field::description).toList();
        ExportInfo e = doc.export();
        ExportInfo export = new ExportInfo(e.exportedAt(), e.exportedBy(), e.toolVersion(), profile.name(), removed);
        if (profile.fields().isEmpty()) {
            return doc.withExport(export);
        }
        Masks m = new Masks();
        List<AccountRow> accounts = doc.accounts().stream().map(a -> account(a, profile, m)).toList();
        List<ExchangeRow> exchanges = doc.exchanges().stream().map(x -> exchange(x, profile, m)).toList();
        List<CampaignFinding> campaigns = new ArrayList<>();
        for (CampaignFinding c : doc.campaigns()) {
            List<IndicatorRow> ind = c.indicators().stream()
                    .map(i -> new IndicatorRow(i.kind(), indicatorValue(i.kind(), i.value(), profile, m),
                            i.accountCount(), i.weight())).toList();
            campaigns.add(new CampaignFinding(c.id(), c.verdict(), c.score(), c.accountCount(), c.exchangeCount(),
                    c.windowStart(), c.windowEnd(), c.rampEnd(), c.accounts(), c.signals(), c.reasons(), ind,
                    c.tags()));
        }
        Network net = doc.network();
        List<Network.Node> nodes = net.nodes().stream().map(n -> "account".equals(n.kind()) ? n
                : new Network.Node(n.id(), indicatorValue(n.kind(), n.label(), profile, m), n.kind(),
                        n.campaign(), n.score())).toList();

        // Free text last, once every masked value is known.
        UnaryOperator<String> scrub = scrubber(m.replaced());
        campaigns = campaigns.stream().map(c -> new CampaignFinding(c.id(), c.verdict(), c.score(),
                c.accountCount(), c.exchangeCount(), c.windowStart(), c.windowEnd(), c.rampEnd(), c.accounts(),
                c.signals(), c.reasons().stream().map(r -> new ReasonRow(r.code(), r.weight(), scrub.apply(r.text()),
                        r.exchangeIds())).toList(), c.indicators(), c.tags().stream().map(scrub).toList())).toList();
        List<NoteRow> notes = doc.notes().stream().map(n -> new NoteRow(n.targetKind(), scrub.apply(n.target()),
                scrub.apply(n.body()), n.author(), n.createdAt())).toList();
        List<SectionRef> sections = doc.sections().stream().map(s -> new SectionRef(s.kind(), scrub.apply(s.title()),
                s.targetKind(), s.target())).toList();
        Summary s = doc.summary();
        Summary summary = new Summary(s.accounts(), s.exchanges(), s.sources(), s.campaigns(), s.flaggedAccounts(),
                s.flaggedExchanges(), s.dataStart(), s.dataEnd(), scrub.apply(s.headline()));
        return new DossierDocument(doc.schema(), doc.caseRef(), export, sections, summary, campaigns, accounts,
                exchanges, new Network(nodes, net.edges()), doc.timeline(), notes, doc.methodology(), doc.custody());
    }

    private static AccountRow account(AccountRow a, RedactionProfile p, Masks m) {
        return new AccountRow(a.account(), a.createdAt(), p.removes(Field.EMAILS) ? m.email(a.email()) : a.email(),
                p.removes(Field.PAYMENT) ? m.card(a.paymentFingerprint()) : a.paymentFingerprint(), a.country(),
                a.orgId(), a.verified(), a.firstSeen(), a.lastSeen(), a.exchangeCount(), a.score(), a.campaign(),
                p.removes(Field.IPS) ? a.ips().stream().map(m::ip).distinct().toList() : a.ips(), a.userAgents(),
                p.removes(Field.KEYS) ? a.apiKeys().stream().map(m::key).toList() : a.apiKeys(), a.tags());
    }

    private static ExchangeRow exchange(ExchangeRow x, RedactionProfile p, Masks m) {
        boolean text = p.removes(Field.PROMPTS);
        return new ExchangeRow(x.id(), x.timestamp(), x.account(), x.campaign(),
                p.removes(Field.IPS) ? m.ip(x.ip()) : x.ip(), x.userAgent(),
                p.removes(Field.KEYS) ? m.key(x.apiKey()) : x.apiKey(), x.model(), x.tokensIn(), x.tokensOut(),
                x.status(), x.requestId(), text ? m.text(x.prompt()) : x.prompt(),
                text ? m.text(x.response()) : x.response(), x.sourceFile(), x.sourceLine(), x.tags());
    }

    /** Masks an indicator's value according to its kind (the analysis indicator codes). */
    static String indicatorValue(String kind, String value, RedactionProfile p, Masks m) {
        return switch (kind) {
            case "shared_card" -> p.removes(Field.PAYMENT) ? m.card(value) : value;
            case "card_bin" -> p.removes(Field.PAYMENT) ? m.cardBin(value) : value;
            case "shared_ip", "shared_subnet" -> p.removes(Field.IPS) ? m.ip(value) : value;
            case "shared_key" -> p.removes(Field.KEYS) ? m.key(value) : value;
            case "email_pattern" -> p.removes(Field.EMAILS) ? m.emailPattern(value) : value;
            case "prompt_template" -> p.removes(Field.PROMPTS) ? m.text(value) : value;
            default -> value;
        };
    }

    private static UnaryOperator<String> scrubber(Map<String, String> replaced) {
        List<Map.Entry<String, String>> byLength = new ArrayList<>(replaced.entrySet());
        byLength.removeIf(en -> en.getKey().length() < 4); // too short to be a value worth scrubbing from prose
        byLength.sort(Comparator.comparingInt((Map.Entry<String, String> en) -> en.getKey().length()).reversed());
        return text -> {
            if (text == null || text.isEmpty()) {
                return text;
            }
            String out = text;
            for (Map.Entry<String, String> en : byLength) {
                if (out.contains(en.getKey())) {
                    out = out.replace(en.getKey(), en.getValue());
                }
            }
            return out;
        };
    }
}
