package dev.retort.dossier.render;

import static dev.retort.dossier.render.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.dossier.model.AccountRow;
import dev.retort.dossier.model.CampaignFinding;
import dev.retort.dossier.model.Custody;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.ExchangeRow;
import dev.retort.dossier.model.IndicatorRow;
import dev.retort.dossier.model.Methodology;
import dev.retort.dossier.model.NoteRow;
import dev.retort.dossier.model.ReasonRow;
import dev.retort.dossier.model.Summary;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The body of each kind of dossier section, as XHTML. Long lists are capped here; the CSV and JSON carry all. */
final class HtmlSections {
    static final int MEMBERS_SHOWN = 150;
    static final int ACCOUNTS_SHOWN = 300;
    static final int INDICATORS_SHOWN = 25;
    static final int PROMPT_CHARS = 3000;
    static final int RESPONSE_CHARS = 1500;

    private final DossierDocument doc;
    private final StringBuilder b;

    HtmlSections(DossierDocument doc, StringBuilder b) {
        this.doc = doc;
        this.b = b;
    }

    void summary() {
        Summary s = doc.summary();
        b.append("<p class=\"lead\">").append(esc(s.headline())).append("</p>\n");
        b.append("<table class=\"figures\"><caption>Key figures</caption><tbody>\n");
        row("Accounts in the case", num(s.accounts()));
        row("Exchanges in the case", num(s.exchanges()));
        row("Source files imported", num(s.sources()));
        row("Data from", s.dataStart() == null ? "no data" : esc(s.dataStart()) + " to " + esc(s.dataEnd()));
        row("Campaigns in this dossier", num(s.campaigns()));
        row("Accounts in those campaigns", num(s.flaggedAccounts()));
        row("Their exchanges", num(s.flaggedExchanges()));
        b.append("</tbody></table>\n");
        if (!doc.campaigns().isEmpty()) {
            b.append("<table><caption>Campaigns</caption><thead><tr><th scope=\"col\">Campaign</th>")
                    .append("<th scope=\"col\">Verdict</th><th scope=\"col\" class=\"num\">Score</th>")
                    .append("<th scope=\"col\" class=\"num\">Accounts</th><th scope=\"col\" class=\"num\">Exchanges</th>")
                    .append("<th scope=\"col\">Active</th></tr></thead><tbody>\n");
            for (CampaignFinding c : doc.campaigns()) {
                b.append("<tr><td>").append(esc(c.id())).append("</td><td>").append(esc(c.verdict()))
                        .append("</td><td class=\"num\">").append(score(c.score())).append("</td><td class=\"num\">")
                        .append(num(c.accountCount())).append("</td><td class=\"num\">").append(num(c.exchangeCount()))
                        .append("</td><td>").append(window(c.windowStart(), c.windowEnd())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
    }

    void campaign(String id) {
        CampaignFinding c = doc.campaigns().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (c == null) {
            b.append("<p class=\"muted\">Campaign ").append(esc(id))
                    .append(" is not in the latest analysis run.</p>\n");
            return;
        }
        b.append("<p class=\"lead\">").append(num(c.accountCount())).append(" accounts made ")
                .append(num(c.exchangeCount())).append(" exchanges between ").append(window(c.windowStart(),
                        c.windowEnd())).append(". Score <strong>").append(score(c.score())).append("</strong> (")
                .append(esc(c.verdict())).append(").");
        if (c.rampEnd() != null) {
            b.append(" Ramp-up ended ").append(esc(c.rampEnd())).append('.');
        }
        b.append("</p>\n");
        if (!c.tags().isEmpty()) {
            b.append("<p>Tags: ").append(esc(String.join(", ", c.tags()))).append("</p>\n");
        }
        b.append("<h2>Why it was flagged</h2>\n<ol class=\"reasons\">\n");
        for (ReasonRow r : c.reasons()) {
            b.append("<li>").append(esc(r.text())).append(" <span class=\"muted\">(").append(esc(r.code()))
                    .append(", weight ").append(String.format(Locale.ROOT, "%.2f", r.weight()));
            if (!r.exchangeIds().isEmpty()) {
                b.append("; e.g. exchanges ").append(esc(r.exchangeIds().stream().limit(5).map(String::valueOf)
                        .reduce((x, y) -> x + ", " + y).orElse("")));
            }
            b.append(")</span></li>\n");
        }
        b.append("</ol>\n");
        if (!c.signals().isEmpty()) {
            b.append("<table class=\"half\"><caption>Signals (0 to 1)</caption><thead><tr>")
                    .append("<th scope=\"col\">Signal</th><th scope=\"col\" class=\"num\">Value</th></tr></thead><tbody>\n");
            c.signals().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> b.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"num\">")
                            .append(score(e.getValue())).append("</td></tr>\n"));
            b.append("</tbody></table>\n");
        }
        if (!c.indicators().isEmpty()) {
            b.append("<table><caption>Shared values (indicators)</caption><thead><tr><th scope=\"col\">Kind</th>")
                    .append("<th scope=\"col\">Value</th><th scope=\"col\" class=\"num\">Accounts</th></tr></thead><tbody>\n");
            c.indicators().stream().limit(INDICATORS_SHOWN).forEach(i -> b.append("<tr><td>").append(esc(i.kind()))
                    .append("</td><td class=\"mono\">").append(esc(i.value())).append("</td><td class=\"num\">")
                    .append(num(i.accountCount())).append("</td></tr>\n"));
            b.append("</tbody></table>\n");
            more(c.indicators().size(), INDICATORS_SHOWN, "indicators", "dossier.json and stix-bundle.json");
        }
        List<AccountRow> members = doc.accounts().stream().filter(a -> id.equals(a.campaign()))
                .sorted(Comparator.comparing((AccountRow a) -> a.score() == null ? 0 : -a.score())
                        .thenComparing(AccountRow::account)).toList();
        accountTable("Member accounts", members, MEMBERS_SHOWN);
        notesOn("campaign", id);
    }

    void accounts(String onlyAccount) {
        List<AccountRow> list = onlyAccount == null ? doc.accounts()
                : doc.accounts().stream().filter(a -> a.account().equals(onlyAccount)).toList();
        accountTable("Accounts", list, ACCOUNTS_SHOWN);
        if (onlyAccount != null) {
            notesOn("account", onlyAccount);
        }
    }

    void network(String imageUri) {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        doc.network().nodes().forEach(n -> byKind.merge(n.kind(), 1L, Long::sum));
        b.append("<figure><img src=\"").append(imageUri).append("\" alt=\"Network of ")
                .append(num(byKind.getOrDefault("account", 0L)))
                .append(" campaign accounts linked to the shared values they use\" class=\"chart square\"/>")
                .append("<figcaption>Accounts (dots, coloured by campaign) and the shared values that tie them ")
                .append("(squares). The full graph is in network.gexf and network.graphml.</figcaption></figure>\n");
        b.append("<table class=\"half\"><caption>Nodes by kind</caption><thead><tr><th scope=\"col\">Kind</th>")
                .append("<th scope=\"col\" class=\"num\">Nodes</th></tr></thead><tbody>\n");
        byKind.forEach((k, v) -> b.append("<tr><td>").append(esc(k)).append("</td><td class=\"num\">")
                .append(num(v)).append("</td></tr>\n"));
        b.append("</tbody></table>\n");
    }

    void timeline(String imageUri) {
        b.append("<figure><img src=\"").append(imageUri).append("\" alt=\"Exchanges per ")
                .append(esc(doc.timeline().bucket()))
                .append(" for each campaign and for all other accounts\" class=\"chart\"/>")
                .append("<figcaption>Exchanges per ").append(esc(doc.timeline().bucket()))
                .append(", UTC. Flat round-the-clock load spread over many accounts is typical of a harvesting ")
                .append("operation.</figcaption></figure>\n");
    }

    void exchanges() {
        if (doc.exchanges().isEmpty()) {
            b.append("<p class=\"muted\">No exchanges were selected.</p>\n");
            return;
        }
        for (ExchangeRow x : doc.exchanges()) {
            b.append("<div class=\"exchange\"><p class=\"meta\"><strong>Exchange ").append(x.id())
                    .append("</strong> &#183; ").append(esc(x.timestamp())).append(" &#183; account ")
                    .append(esc(x.account())).append(x.campaign() == null ? "" : " (" + esc(x.campaign()) + ")")
                    .append(" &#183; ").append(esc(x.model())).append("<br/>IP ").append(esc(x.ip()))
                    .append(" &#183; client ").append(esc(x.userAgent())).append("<br/>Source ")
                    .append(esc(x.sourceFile())).append(", line ").append(x.sourceLine());
            if (x.requestId() != null) {
                b.append(" &#183; request ").append(esc(x.requestId()));
            }
            b.append("</p>\n<p class=\"label\">Prompt</p><pre>").append(Html.excerpt(x.prompt(), PROMPT_CHARS))
                    .append("</pre>\n<p class=\"label\">Response</p><pre>")
                    .append(Html.excerpt(x.response(), RESPONSE_CHARS)).append("</pre></div>\n");
        }
    }

    void notes() {
        if (doc.notes().isEmpty()) {
            b.append("<p class=\"muted\">No analyst notes.</p>\n");
            return;
        }
        b.append("<ul class=\"notes\">\n");
        for (NoteRow n : doc.notes()) {
            note(n);
        }
        b.append("</ul>\n");
    }

    void methodology() {
        Methodology m = doc.methodology();
        if (m.runId() == null) {
            b.append("<p class=\"muted\">The case has not been analysed; no findings are reported.</p>\n");
            return;
        }
        b.append("<p>The findings come from analysis run ").append(m.runId()).append(", started ")
                .append(esc(m.startedAt())).append(" by ").append(esc(m.analyst())).append(" with Retort ")
                .append(esc(m.toolVersion())).append(" (configuration ").append(esc(m.configVersion()))
                .append("). Every parameter it used:</p>\n");
        b.append("<table><caption>Analysis parameters</caption><thead><tr><th scope=\"col\">Parameter</th>")
                .append("<th scope=\"col\">Value</th></tr></thead><tbody>\n");
        flatten("", m.parameters());
        b.append("</tbody></table>\n");
    }

    void custody() {
        Custody c = doc.custody();
        b.append("<p>Case ").append(esc(doc.caseRef().name())).append(" (").append(esc(doc.caseRef().id()))
                .append("), created ").append(esc(c.caseCreatedAt())).append(" by ").append(esc(c.caseCreatedBy()))
                .append(". Exported ").append(esc(c.exportedAt())).append(" by ").append(esc(c.exportedBy()))
                .append(" with Retort ").append(esc(c.toolVersion())).append(", redaction profile <strong>")
                .append(esc(doc.export().profile())).append("</strong>.</p>\n");
        if (!doc.export().redactions().isEmpty()) {
            b.append("<p>Removed from every file of this export:</p><ul>\n");
            doc.export().redactions().forEach(r -> b.append("<li>").append(esc(r)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<table class=\"custody\"><caption>Source files</caption><thead><tr><th scope=\"col\">File</th>")
                .append("<th scope=\"col\">SHA-256</th><th scope=\"col\" class=\"num\">Bytes</th>")
                .append("<th scope=\"col\">Format</th><th scope=\"col\">Imported</th><th scope=\"col\" class=\"num\">Rows</th>")
                .append("</tr></thead><tbody>\n");
        for (Custody.SourceFile s : c.sources()) {
            b.append("<tr><td>").append(esc(s.fileName())).append("</td><td class=\"hash\">").append(esc(s.sha256()))
                    .append("</td><td class=\"num\">").append(num(s.sizeBytes())).append("</td><td class=\"nowrap\">")
                    .append(esc(s.format())).append("</td><td>").append(esc(s.importedAt())).append("<br/>by ")
                    .append(esc(s.importedBy())).append("</td><td class=\"num\">").append(num(s.rowsImported()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n<p>Each exported file's SHA-256 is listed in manifest.json, which is signed ")
                .append("with the analyst's Ed25519 key (manifest.sig). Run <code>retort verify DIR</code> to check ")
                .append("that nothing was changed, added or removed.</p>\n");
    }

    private void accountTable(String caption, List<AccountRow> rows, int cap) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<table class=\"accounts\"><caption>").append(esc(caption)).append("</caption><thead><tr>")
                .append("<th scope=\"col\">Account</th><th scope=\"col\" class=\"num\">Score</th>")
                .append("<th scope=\"col\">Created</th><th scope=\"col\">E-mail</th><th scope=\"col\">Card</th>")
                .append("<th scope=\"col\">Country</th><th scope=\"col\" class=\"num\">Exchanges</th>")
                .append("<th scope=\"col\">Main IP</th></tr></thead><tbody>\n");
        for (AccountRow a : rows.subList(0, Math.min(cap, rows.size()))) {
            b.append("<tr><td class=\"id\">").append(esc(a.account())).append("</td><td class=\"num\">")
                    .append(a.score() == null ? "" : score(a.score())).append("</td><td>")
                    .append(a.createdAt() == null ? "" : esc(a.createdAt().substring(0, Math.min(10,
                            a.createdAt().length())))).append("</td><td>").append(esc(a.email()))
                    .append("</td><td class=\"mono\">").append(esc(a.paymentFingerprint())).append("</td><td>")
                    .append(esc(a.country())).append("</td><td class=\"num\">").append(num(a.exchangeCount()))
                    .append("</td><td class=\"mono\">").append(a.ips().isEmpty() ? "" : esc(a.ips().get(0)))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        more(rows.size(), cap, "accounts", "accounts.csv and dossier.json");
    }

    private void notesOn(String kind, String target) {
        List<NoteRow> on = doc.notes().stream().filter(n -> n.targetKind().equals(kind) && n.target().equals(target))
                .toList();
        if (!on.isEmpty()) {
            b.append("<h2>Analyst notes</h2>\n<ul class=\"notes\">\n");
            on.forEach(this::note);
            b.append("</ul>\n");
        }
    }

    private void note(NoteRow n) {
        b.append("<li><p class=\"meta\">").append(esc(n.author())).append(", ").append(esc(n.createdAt()));
        if (!"case".equals(n.targetKind())) {
            b.append(", on ").append(esc(n.targetKind())).append(' ').append(esc(n.target()));
        }
        b.append("</p><p class=\"body\">").append(esc(n.body())).append("</p></li>\n");
    }

    private void flatten(String prefix, JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue());
            }
        } else {
            row(esc(prefix), "<span class=\"mono\">" + esc(node.isTextual() ? node.asText() : node.toString())
                    + "</span>");
        }
    }

    private void more(int total, int shown, String what, String where) {
        if (total > shown) {
            b.append("<p class=\"muted\">").append(num(total - shown)).append(" more ").append(what)
                    .append(" are listed in ").append(where).append(".</p>\n");
        }
    }

    private void row(String label, String valueHtml) {
        b.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String window(String start, String end) {
        if (start == null) {
            return "";
        }
        return esc(start.substring(0, Math.min(16, start.length())).replace('T', ' ')) + " &#8211; "
                + esc(end == null ? "" : end.substring(0, Math.min(16, end.length())).replace('T', ' '));
    }

    static String num(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
