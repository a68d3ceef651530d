package dev.retort.dossier.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.dossier.model.DossierDocument;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the time of the HTML and PDF goes, on a dossier.json from the benchmark: {@code RenderProfile FILE}. */
public final class RenderProfile {
    private RenderProfile() {}

    public static void main(String[] args) throws Exception {
        DossierDocument doc = new ObjectMapper().readValue(Path.of(args[0]).toFile(), DossierDocument.class);
        for (int round = 0; round < 2; round++) {
            long t = cpu();
            var net = NetworkSnapshot.draw(doc.network());
            t = report("network snapshot", t);
            var tl = TimelineChart.draw(doc.timeline());
            t = report("timeline chart", t);
            String uri = Png.dataUri(Png.bytes(net));
            String uri2 = Png.dataUri(Png.bytes(tl));
            t = report("png encode", t);
            String html = HtmlReport.render(doc, new HtmlReport.Images(uri, uri2), HtmlReport.Mode.PDF);
            t = report("xhtml", t);
            byte[] json = JsonExport.bytes(doc);
            t = report("json bytes", t);
            Path out = Files.createTempFile("profile", ".pdf");
            PdfExport.write(html, "x", json, PdfExport.calendar(java.time.Instant.now()), java.util.List.of(net, tl),
                    out);
            report("pdf render + finish", t);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long report(String what, long since) {
        long now = cpu();
        System.out.printf("%-22s %6.2f s cpu%n", what, (now - since) / 1e9);
        return now;
    }
}
