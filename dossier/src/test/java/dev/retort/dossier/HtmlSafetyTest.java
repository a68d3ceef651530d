package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone HTML is self-contained and carries hostile prompt text as inert, visible text. */
class HtmlSafetyTest {
    @TempDir
    static Path tmp;
    static String html;
    static String pdfText;

    @BeforeAll
    static void export() throws Exception {
        ExportFixture f = ExportFixture.export(tmp, RedactionProfile.LEGAL);
        html = Files.readString(f.out.resolve("dossier.html"), StandardCharsets.UTF_8);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(f.out.resolve("dossier.pdf").toFile())) {
            pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void thePdfShowsHostileTextAsInertTextWithVisibleBidiMarkers() {
        assertTrue(pdfText.contains("<script>alert('x')</script>"), "shown as text, not dropped");
        assertTrue(pdfText.contains("[U+202E]gnp.exe[U+202C]"));
        assertFalse(pdfText.contains("\u202E"));
        assertTrue(pdfText.contains("more characters in dossier.json"));
    }

    @Test
    void htmlReferencesNothingOutsideItself() {
        List<String> external = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)\\b(src|href|action|poster|data|srcset|xlink:href)\\s*=\\s*\"([^\"]*)\"")
                .matcher(html);
        while (m.find()) {
            String v = m.group(2);
            if (!v.startsWith("#") && !v.startsWith("data:image/png;base64,")) {
                external.add(m.group(1) + "=" + v);
            }
        }
        assertEquals(List.of(), external);
        assertFalse(Pattern.compile("(?i)<(script|link|iframe|object|embed|base)\\b").matcher(html).find());
        assertFalse(Pattern.compile("(?i)url\\(").matcher(html).find(), "no CSS url()");
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void hostilePromptIsEscapedNotInterpreted() {
        assertFalse(html.contains("<script>alert("));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(html.contains("<img src=\"http://tracker.example/p.png\""));
        assertTrue(html.contains("&lt;img src=&quot;http://tracker.example/p.png&quot;/&gt;"));
    }

    @Test
    void rightToLeftOverridesAreShownAsVisibleMarkers() {
        assertFalse(html.contains("\u202E"), "no raw RIGHT-TO-LEFT OVERRIDE in the output");
        assertTrue(html.contains("[U+202E]gnp.exe[U+202C]"));
    }

    @Test
    void veryLongLinesAreCutWithAPointerToTheFullText() {
        assertFalse(html.contains("A".repeat(3_001)), "a 12,000-character line is not pasted whole");
        assertTrue(html.contains("more characters in dossier.json"));
        assertTrue(html.contains("white-space: pre-wrap"));
    }

    @Test
    void analystNotesAreEscapedToo() {
        assertTrue(html.contains("&lt;b&gt;not bold&lt;/b&gt; =1+1"));
    }
}
