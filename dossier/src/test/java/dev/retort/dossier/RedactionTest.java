package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefing profile removes e-mails, IPs, keys, payment fingerprints and prompt text from every output file:
 * each text file is searched as it is, the PDF through its extracted text and its attached JSON.
 */
class RedactionTest {
    @TempDir
    static Path tmp;
    static ExportFixture briefing;
    static ExportFixture legal;
    static Map<String, String> briefingTexts;

    @BeforeAll
    static void export() throws Exception {
        briefing = ExportFixture.export(tmp, RedactionProfile.BRIEFING);
        legal = ExportFixture.export(tmp, RedactionProfile.LEGAL);
        briefingTexts = texts(briefing.out);
    }

    @Test
    void briefingLeavesNoTraceOfRedactedValuesInAnyFile() {
        List<String> secrets = new ArrayList<>();
        secrets.addAll(briefing.data.memberEmails);
        secrets.addAll(briefing.data.memberCards);
        secrets.addAll(briefing.data.memberIps);
        secrets.addAll(briefing.data.apiKeys);
        secrets.addAll(briefing.data.prompts);
        secrets.add("gnp.exe"); // from the hostile prompt
        secrets.add("Solve step by step");
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> file : briefingTexts.entrySet()) {
            for (String secret : secrets) {
                if (file.getValue().contains(secret)) {
                    leaks.add(file.getKey() + " contains " + secret);
                }
            }
        }
        assertEquals(List.of(), leaks.stream().limit(20).toList());
    }

    @Test
    void theSearchAboveWouldFindTheValuesInALegalExport() throws IOException {
        // Guards the redaction test against searching in the wrong place: the same values are present under legal.
        Map<String, String> legalTexts = texts(legal.out);
        for (String value : List.of(legal.data.memberEmails.get(0), legal.data.memberCards.get(0),
                legal.data.memberIps.get(0), "Solve step by step")) {
            for (String file : List.of("dossier.json", "dossier.pdf (text)", "dossier.html", "accounts.csv")) {
                if (file.equals("accounts.csv") && value.startsWith("Solve")) {
                    continue;
                }
                assertTrue(legalTexts.get(file).contains(value), file + " should contain " + value);
            }
        }
    }

    @Test
    void redactionGeneralisesInsteadOfBlanking() {
        String csv = briefingTexts.get("accounts.csv");
        assertTrue(csv.contains("***@mailbox-relay.net"), "e-mails keep their domain");
        assertTrue(csv.contains("203.0.0.0/16"), "IPs keep their /16");
        assertTrue(csv.contains("card-1"), "cards become pseudonyms");
        assertTrue(briefingTexts.get("dossier.json").contains("[text redacted:"));
    }

    @Test
    void manifestAndDossierListWhatWasRemoved() {
        String manifest = briefingTexts.get("manifest.json");
        assertTrue(manifest.contains("\"profile\" : \"briefing\""));
        for (RedactionProfile.Field f : RedactionProfile.Field.values()) {
            assertTrue(manifest.contains(f.description()), "manifest lists " + f);
        }
        assertTrue(briefingTexts.get("dossier.pdf (text)").contains("Removed from every file of this export"));
    }

    @Test
    void noPdfAttachmentOtherThanTheRedactedJson() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(briefing.out.resolve("dossier.pdf").toFile())) {
            assertEquals(List.of("dossier.json"), new ArrayList<>(pdf.getDocumentCatalog().getNames()
                    .getEmbeddedFiles().getNames().keySet()));
        }
        assertFalse(briefingTexts.get("dossier.pdf (attached json)").isEmpty());
    }

    /** Every output file as searchable text; the PDF as its extracted text and its attachment. */
    static Map<String, String> texts(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(p.toFile())) {
                        out.put(name + " (text)", new PDFTextStripper().getText(pdf));
                        out.put(name + " (metadata)", String.valueOf(pdf.getDocumentInformation().getCOSObject())
                                + new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                                StandardCharsets.UTF_8));
                        out.put(name + " (attached json)", new String(pdf.getDocumentCatalog().getNames()
                                .getEmbeddedFiles().getNames().get("dossier.json").getEmbeddedFile().toByteArray(),
                                StandardCharsets.UTF_8));
                    }
                    out.put(name + " (raw bytes)", new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                } else {
                    out.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
