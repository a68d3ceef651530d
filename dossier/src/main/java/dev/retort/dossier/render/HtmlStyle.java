package dev.retort.dossier.render;

/** The dossier's stylesheet: one for screen and print, plus page rules when it becomes a PDF. */
final class HtmlStyle {
    private HtmlStyle() {}

    static String css(boolean pdf, String caseName) {
        String base = """
                body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt; color: #1f2933;
                       line-height: 1.4; margin: 0 auto; max-width: 60em; padding: 0 1.5em; }
                h1 { font-size: 18pt; color: #102a43; border-bottom: 2px solid #334e68; padding-bottom: 3pt;
                     margin: 0 0 10pt 0; }
                h2 { font-size: 11.5pt; color: #243b53; margin: 14pt 0 4pt 0; }
                p { margin: 4pt 0 6pt 0; }
                .lead { font-size: 11pt; }
                .muted, .cut { color: #627d98; }
                .mono, code, pre, .hash { font-family: 'Liberation Mono', 'Courier New', monospace; }
                .hash { font-size: 7pt; word-break: break-all; }
                table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt 0; font-size: 8.5pt; }
                table.half { width: 60%; }
                caption { text-align: left; font-weight: bold; font-size: 10pt; padding: 2pt 0 4pt 0; color: #243b53; }
                th, td { border-bottom: 1px solid #d9e2ec; padding: 3pt 5pt; text-align: left; vertical-align: top; }
                thead th { background-color: #e6edf5; border-bottom: 1.5px solid #829ab1; }
                tbody th { font-weight: normal; color: #486581; width: 38%; }
                tr { page-break-inside: avoid; }
                td.num, th.num { text-align: right; white-space: nowrap; }
                td.nowrap { white-space: nowrap; }
                table.accounts { font-size: 7.5pt; }
                table.accounts td.id, table.accounts td.mono { white-space: nowrap; }
                td { overflow-wrap: anywhere; word-wrap: break-word; }
                figure { margin: 8pt 0 12pt 0; }
                figcaption { font-size: 8.5pt; color: #486581; margin-top: 4pt; }
                img.chart { width: 100%; }
                img.square { width: 80%; }
                pre { white-space: pre-wrap; overflow-wrap: anywhere; word-wrap: break-word; word-break: break-all;
                      background-color: #f5f7fa; border-left: 3px solid #9fb3c8; padding: 5pt 7pt; font-size: 7.5pt;
                      margin: 2pt 0 6pt 0; unicode-bidi: embed; direction: ltr; }
                .exchange { border: 1px solid #d9e2ec; padding: 6pt 8pt; margin: 0 0 10pt 0; }
                .exchange .meta { font-size: 8pt; color: #486581; }
                .label { font-weight: bold; font-size: 8.5pt; margin: 4pt 0 0 0; }
                ul.notes { list-style: none; padding: 0; }
                ul.notes li { border-left: 3px solid #f0b429; padding: 2pt 8pt; margin-bottom: 6pt; }
                ul.notes .meta { font-size: 8pt; color: #627d98; margin: 0; }
                .cover { padding-top: 60pt; }
                .kicker { text-transform: uppercase; letter-spacing: 1.5pt; color: #486581; font-size: 9.5pt; }
                .case-title { font-size: 30pt; font-weight: bold; color: #102a43; margin: 10pt 0 16pt 0;
                              line-height: 1.15; }
                .headline { font-size: 13pt; border-left: 5px solid #d55e00; padding-left: 10pt; margin-bottom: 40pt; }
                table.cover-facts { width: 80%; font-size: 10pt; }
                .handling { margin-top: 40pt; font-size: 8.5pt; color: #627d98; }
                nav.contents ol { font-size: 11pt; line-height: 1.9; }
                nav.contents a { color: #102a43; text-decoration: none; }
                section { margin-top: 24pt; }
                """;
        if (!pdf) {
            return base;
        }
        // The case name goes into a CSS string inside XHTML: escape for both (quote, backslash, newline, < and &).
        String header = caseName.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ")
                .replace("<", "\\3C ").replace("&", "\\26 ");
        return base + """
                @page { size: A4; margin: 22mm 17mm 20mm 17mm;
                        @top-left { content: "Retort evidence dossier"; font-size: 7.5pt; color: #829ab1;
                                    font-family: 'Liberation Sans'; }
                        @top-right { content: "%s"; font-size: 7.5pt; color: #829ab1; font-family: 'Liberation Sans'; }
                        @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt;
                                         color: #627d98; font-family: 'Liberation Sans'; } }
                @page :first { @top-left { content: none; } @top-right { content: none; }
                               @bottom-center { content: none; } }
                body { max-width: none; padding: 0; }
                img.chart { image-rendering: pixelated; }
                .cover { page-break-after: always; }
                nav.contents { page-break-after: always; }
                nav.contents a::after { content: leader('.') target-counter(attr(href), page); }
                section { page-break-before: always; margin-top: 0; }
                section.summary, section.notes { page-break-before: always; }
                """.formatted(header);
    }
}
