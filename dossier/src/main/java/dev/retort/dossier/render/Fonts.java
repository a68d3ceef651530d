package dev.retort.dossier.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The embedded Liberation fonts (from openpdf-fonts-extra), so charts and PDFs look the same on every machine. */
final class Fonts {
    static final String SANS = "liberation/LiberationSans-Regular.ttf";
    static final String SANS_BOLD = "liberation/LiberationSans-Bold.ttf";
    static final String SANS_ITALIC = "liberation/LiberationSans-Italic.ttf";
    static final String MONO = "liberation/LiberationMono-Regular.ttf";
    static final String SERIF_BOLD = "liberation/LiberationSerif-Bold.ttf";

    private static volatile Font awtSans;
    private static volatile Font awtSansBold;

    private Fonts() {}

    static InputStream open(String resource) {
        InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font " + resource + " is missing from the classpath");
        }
        return in;
    }

    static Font sans(float size) {
        if (awtSans == null) {
            awtSans = load(SANS);
        }
        return awtSans.deriveFont(size);
    }

    static Font sansBold(float size) {
        if (awtSansBold == null) {
            awtSansBold = load(SANS_BOLD);
        }
        return awtSansBold.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is unreadable", e);
        }
    }
}
