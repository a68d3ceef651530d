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

    /** Renders two 0-based pages side by side into one PNG (for docs/: a spread of the dossier). */
    static void spread(Path pdf, int left, int right, float dpi, Path png) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            BufferedImage a = r.renderImageWithDPI(left, dpi, ImageType.RGB);
            BufferedImage b = r.renderImageWithDPI(right, dpi, ImageType.RGB);
            int gap = 24;
            BufferedImage out = new BufferedImage(a.getWidth() + b.getWidth() + 3 * gap,
                    Math.max(a.getHeight(), b.getHeight()) + 2 * gap, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = out.createGraphics();
            g.setColor(new java.awt.Color(0xCBD2D9));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(a, gap, gap, null);
            g.drawImage(b, 2 * gap + a.getWidth(), gap, null);
            g.dispose();
            ImageIO.write(out, "png", png.toFile());
        }
    }

    /** {@code PdfPages PDF OUTDIR DPI PAGE...} (pages 1-based), or {@code PdfPages --spread PDF L R DPI OUT.png}. */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--spread")) {
            spread(Path.of(args[1]), Integer.parseInt(args[2]) - 1, Integer.parseInt(args[3]) - 1,
                    Float.parseFloat(args[4]), Path.of(args[5]));
            return;
        }
        int[] pages = new int[args.length - 3];
        for (int i = 3; i < args.length; i++) {
            pages[i - 3] = Integer.parseInt(args[i]) - 1;
        }
        int n = render(Path.of(args[0]), Path.of(args[1]), Float.parseFloat(args[2]), pages);
        System.out.println(n + " pages");
    }
}
