package dev.retort.dossier.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * dossier.pdf: PDF/A-3b, tagged for accessibility (PDF/UA), every font embedded, with dossier.json attached inside
 * (an associated file with relationship Data). Rendered offline: the renderer may load nothing but the export's own
 * data: URIs, and fonts come from the classpath.
 */
public final class PdfExport {
    private PdfExport() {}

    public static void write(String xhtml, String title, byte[] dossierJson, Calendar created,
                             List<BufferedImage> charts, Path file) throws IOException {
        XRLog.setLoggingEnabled(false); // the renderer's INFO chatter would drown the CLI's own progress lines
        ByteArrayOutputStream rendered = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.useFont(() -> Fonts.open(Fonts.SANS), "Liberation Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> Fonts.open(Fonts.SANS_BOLD), "Liberation Sans", 700, FontStyle.NORMAL, true);
        builder.useFont(() -> Fonts.open(Fonts.SANS_ITALIC), "Liberation Sans", 400, FontStyle.ITALIC, true);
        builder.useFont(() -> Fonts.open(Fonts.MONO), "Liberation Mono", 400, FontStyle.NORMAL, true);
        builder.useUriResolver((base, uri) -> uri != null && (uri.startsWith("data:") || uri.startsWith("#"))
                ? uri : null);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useReplacementText("?");
        builder.withProducer("Retort");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(rendered);
        builder.run();
        finish(rendered.toByteArray(), dossierJson, title, created, charts, file);
    }

    /**
     * Re-embeds the charts (see {@link #replaceCharts}), adds dossier.json as a PDF/A-3 associated file (catalog /AF,
     * /AFRelationship /Data) and saves.
     */
    static void finish(byte[] pdf, byte[] json, String title, Calendar created, List<BufferedImage> charts, Path file)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            replaceCharts(doc, charts);
            PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(json));
            ef.setSubtype("application/json");
            ef.setSize(json.length);
            ef.setCreationDate(created);
            ef.setModDate(created);
            PDComplexFileSpecification fs = new PDComplexFileSpecification();
            fs.setFile("dossier.json");
            fs.setFileUnicode("dossier.json");
            fs.setFileDescription("The machine-readable dossier (" + title + ")");
            fs.setEmbeddedFile(ef);
            fs.setEmbeddedFileUnicode(ef);
            fs.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("dossier.json", fs));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            COSArray af = new COSArray();
            af.add(fs);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.AF, af);
            doc.save(file.toFile(), CompressParameters.NO_COMPRESSION);
        }
    }

    /**
     * openhtmltopdf 1.1.65 on PDFBox 3.0.8 writes Flate images whose PNG-predictor DecodeParms resolve to null, so
     * viewers draw them skewed and inverted (veraPDF does not look at pixels). Each chart image is therefore
     * re-encoded here from the very BufferedImage that was drawn, matched by its size (ADR 0052).
     */
    static void replaceCharts(PDDocument doc, List<BufferedImage> charts) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            if (res == null) {
                continue;
            }
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof PDImageXObject img) {
                    for (BufferedImage chart : charts) {
                        if (chart.getWidth() == img.getWidth() && chart.getHeight() == img.getHeight()) {
                            res.put(name, LosslessFactory.createFromImage(doc, chart));
                            break;
                        }
                    }
                }
            }
        }
    }

    static Calendar calendar(java.time.Instant t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }

    static List<String> fontFamilies() {
        return List.of("Liberation Sans", "Liberation Mono");
    }
}
