package dev.retort.dossier.render;

import static dev.retort.dossier.render.Html.esc;

import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.SectionRef;
import java.util.List;

/**
 * The dossier as one XHTML document: title page, contents, the sections in the analyst's order. The same markup
 * becomes the standalone HTML file (with a restrictive Content-Security-Policy and no external reference) and the
 * PDF (with page rules, bookmarks and page numbers in the contents).
 */
final class HtmlReport {
    enum Mode { STANDALONE, PDF }

    /** The chart images as data: URIs, drawn once per export. */
    record Images(String networkUri, String timelineUri) {
    }

    private HtmlReport() {}

    static String render(DossierDocument doc, Images images, Mode mode) {
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = "Evidence dossier: " + doc.caseRef().name();
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n");
        if (mode == Mode.STANDALONE) {
            b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; ")
                    .append("style-src 'unsafe-inline'\"/>\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        }
        b.append("<title>").append(esc(title)).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(esc(doc.export().exportedBy())).append("\"/>\n")
                .append("<meta name=\"subject\" content=\"Distillation attack investigation\"/>\n")
                .append("<meta name=\"description\" content=\"").append(esc(doc.summary().headline())).append("\"/>\n")
                .append("<style>\n").append(HtmlStyle.css(mode == Mode.PDF, doc.caseRef().name())).append("</style>\n");
        List<SectionRef> sections = doc.sections();
        if (mode == Mode.PDF) {
            b.append("<bookmarks>\n<bookmark name=\"Contents\" href=\"#contents\"/>\n");
            for (int i = 0; i < sections.size(); i++) {
                b.append("<bookmark name=\"").append(esc(number(i) + sections.get(i).title())).append("\" href=\"#s")
                        .append(i).append("\"/>\n");
            }
            b.append("</bookmarks>\n");
        }
        b.append("</head>\n<body>\n");
        titlePage(b, doc);
        b.append("<nav id=\"contents\" class=\"contents\"><h1>Contents</h1>\n<ol>\n");
        for (int i = 0; i < sections.size(); i++) {
            String t = esc(sections.get(i).title());
            b.append("<li><a href=\"#s").append(i).append("\" title=\"").append(t).append("\">").append(t)
                    .append("</a></li>\n");
        }
        b.append("</ol></nav>\n");
        HtmlSections body = new HtmlSections(doc, b);
        for (int i = 0; i < sections.size(); i++) {
            SectionRef s = sections.get(i);
            b.append("<section id=\"s").append(i).append("\" class=\"section ").append(esc(s.kind()))
                    .append("\">\n<h1>").append(esc(number(i) + s.title())).append("</h1>\n");
            switch (s.kind()) {
                case "summary" -> body.summary();
                case "campaign" -> body.campaign(s.target());
                case "network" -> body.network(images.networkUri());
                case "timeline" -> body.timeline(images.timelineUri());
                case "accounts" -> body.accounts("account".equals(s.targetKind()) ? s.target() : null);
                case "exchanges" -> body.exchanges();
                case "notes" -> body.notes();
                case "methodology" -> body.methodology();
                case "custody" -> body.custody();
                default -> b.append("<p class=\"muted\">Unknown section kind.</p>\n");
            }
            b.append("</section>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void titlePage(StringBuilder b, DossierDocument doc) {
        b.append("<div class=\"cover\">\n<p class=\"kicker\">Evidence dossier &#183; Distillation attack investigation</p>\n")
                .append("<p class=\"case-title\">").append(esc(doc.caseRef().name())).append("</p>\n")
                .append("<p class=\"headline\">").append(esc(doc.summary().headline())).append("</p>\n")
                .append("<table class=\"cover-facts\"><tbody>\n");
        fact(b, "Case id", doc.caseRef().id());
        fact(b, "Exported", doc.export().exportedAt());
        fact(b, "Prepared by", doc.export().exportedBy());
        fact(b, "Redaction profile", doc.export().profile());
        fact(b, "Data covered", doc.summary().dataStart() == null ? "no data"
                : doc.summary().dataStart() + " to " + doc.summary().dataEnd());
        fact(b, "Tool", "Retort " + doc.export().toolVersion());
        b.append("</tbody></table>\n<p class=\"handling\">The files of this dossier are listed with their SHA-256 in ")
                .append("a signed manifest. Check them with <code>retort verify</code> before relying on them.</p>\n")
                .append("</div>\n");
    }

    private static void fact(StringBuilder b, String label, String value) {
        b.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value))
                .append("</td></tr>\n");
    }

    private static String number(int i) {
        return (i + 1) + ". ";
    }
}
