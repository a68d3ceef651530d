package dev.retort.dossier.render;

import dev.retort.dossier.model.DossierDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** All the exporters of one (already redacted) document; charts and the JSON bytes are made once and shared. */
public final class Renderers {
    private final DossierDocument doc;
    private java.awt.image.BufferedImage network;
    private java.awt.image.BufferedImage timeline;
    private HtmlReport.Images png;
    private byte[] json;

    public Renderers(DossierDocument doc) {
        this.doc = doc;
    }

    public void pdf(Path file) throws IOException {
        drawCharts();
        String xhtml = HtmlReport.render(doc, pngImages(), HtmlReport.Mode.PDF);
        PdfExport.write(xhtml, "Evidence dossier: " + doc.caseRef().name(), json(),
                PdfExport.calendar(Instant.parse(doc.export().exportedAt())), java.util.List.of(network, timeline), file);
    }

    public void html(Path file) throws IOException {
        drawCharts();
        Files.writeString(file, HtmlReport.render(doc, pngImages(), HtmlReport.Mode.STANDALONE),
                StandardCharsets.UTF_8);
    }

    public void json(Path file) throws IOException {
        Files.write(file, json());
    }

    public void csv(Path accounts, Path exchanges) throws IOException {
        CsvExport.writeAccounts(doc, accounts);
        CsvExport.writeExchanges(doc, exchanges);
    }

    public void stix(Path file) throws IOException {
        StixExport.write(doc, file);
    }

    public void gexf(Path file) throws IOException {
        GraphExport.writeGexf(doc, file);
    }

    public void graphml(Path file) throws IOException {
        GraphExport.writeGraphml(doc, file);
    }

    public void timesketch(Path file) throws IOException {
        TimesketchExport.write(doc, file);
    }

    private byte[] json() throws IOException {
        if (json == null) {
            json = JsonExport.bytes(doc);
        }
        return json;
    }

    private HtmlReport.Images pngImages() throws IOException {
        if (png == null) {
            png = new HtmlReport.Images(Png.dataUri(Png.bytes(network)), Png.dataUri(Png.bytes(timeline)));
        }
        return png;
    }

    private void drawCharts() {
        if (network == null) {
            network = NetworkSnapshot.draw(doc.network());
            timeline = TimelineChart.draw(doc.timeline());
        }
    }
}
