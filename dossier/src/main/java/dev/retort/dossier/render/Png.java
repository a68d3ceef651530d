package dev.retort.dossier.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** PNG encoding and data: URIs, so images travel inside the HTML and PDF with no external file. */
final class Png {
    private Png() {}

    static byte[] bytes(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", out)) {
            throw new IOException("no PNG writer in this JDK");
        }
        return out.toByteArray();
    }

    /**
     * A BMP data: URI for the PDF renderer. openhtmltopdf 1.1.65 with PDFBox 3.0.8 embeds a PNG's compressed rows
     * directly but loses its predictor parameters (DecodeParms), which skews the picture; a BMP goes through PDFBox's
     * lossless re-encoding instead and comes out exact (see docs/decisions/0052).
     */
    static String bmpDataUri(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "bmp", out)) {
            throw new IOException("no BMP writer in this JDK");
        }
        return "data:image/bmp;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
