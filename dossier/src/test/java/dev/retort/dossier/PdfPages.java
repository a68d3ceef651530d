package dev.retort.dossier;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Turns PDF pages into PNG images (for docs/ and for looking at a dossier without a viewer). */
final class PdfPages {
    private PdfPages() {}

    /** Renders the 0-based {@code pages} of {@code pdf} at {@code dpi} to {@code outDir}/page-N.png. */
    static int render(Path pdf, Path outDir, float dpi, int... pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int p : pages) {
                if (p < doc.getNumberOfPages()) {
                    BufferedImage img = r.renderImageWithDPI(p, dpi, ImageType.RGB);
                    ImageIO.write(img, "png", outDir.resolve("page-" + (p + 1) + ".png").toFile());
                }
            }
            return doc.getNumberOfPages();
        }
    }

    /** {@code PdfPages PDF OUTDIR DPI PAGE...} (pages 1-based). */
    public static void main(String[] args) throws IOException {
        int[] pages = new int[args.length - 3];
        for (int i = 3; i < args.length; i++) {
            pages[i - 3] = Integer.parseInt(args[i]) - 1;
        }
        int n = render(Path.of(args[0]), Path.of(args[1]), Float.parseFloat(args[2]), pages);
        System.out.println(n + " pages");
    }
}
