package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Each export format against its standard: veraPDF for the PDF, the OASIS STIX schemas, the GEXF grammar, ours. */
class StandardsComplianceTest {
    private static final String STIX_BASE =
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static ExportFixture legal;

    @BeforeAll
    static void export() throws Exception {
        legal = ExportFixture.export(tmp, RedactionProfile.LEGAL);
    }

    @Test
    void pdfIsPdfA3bCompliantUnderVeraPdf() throws Exception {
        assertCompliant(legal.out.resolve("dossier.pdf"), PDFAFlavour.PDFA_3_B);
    }

    @Test
    void pdfIsPdfUaCompliantUnderVeraPdf() throws Exception {
        assertCompliant(legal.out.resolve("dossier.pdf"), PDFAFlavour.PDFUA_1);
    }

    @Test
    void pdfCarriesTheDossierJsonAsAnAssociatedFile() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(legal.out.resolve("dossier.pdf").toFile())) {
            PDComplexFileSpecification fs = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("dossier.json");
            byte[] attached = fs.getEmbeddedFile().toByteArray();
            assertEquals("Data", fs.getCOSObject().getNameAsString("AFRelationship"));
            assertEquals(JSON.readTree(Files.readAllBytes(legal.out.resolve("dossier.json"))), JSON.readTree(attached));
        }
    }

    @Test
    void chartImagesInThePdfDecodeToWhatWasDrawn() throws IOException {
        // Regression: images embedded by the HTML renderer lost their PNG-predictor parameters and came out skewed
        // on black. The charts have white margins; decoded correctly, their corners are white.
        int images = 0;
        try (PDDocument pdf = Loader.loadPDF(legal.out.resolve("dossier.pdf").toFile())) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
                        java.awt.image.BufferedImage px = img.getImage();
                        for (int[] at : new int[][] {{2, 2}, {px.getWidth() - 3, 2}, {2, px.getHeight() / 2},
                                {px.getWidth() - 3, px.getHeight() / 2}}) {
                            assertEquals(0xFFFFFF, px.getRGB(at[0], at[1]) & 0xFFFFFF,
                                    "pixel " + at[0] + "," + at[1] + " of a " + px.getWidth() + "x" + px.getHeight()
                                            + " chart");
                        }
                        images++;
                    }
                }
            }
        }
        assertEquals(2, images, "the network snapshot and the timeline");
    }

    @Test
    void stixBundleIsValidAgainstTheOasisSchemas() throws IOException {
        Path stix = SharedFiles.schemas().resolve("stix2.1").resolve("schemas");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(STIX_BASE, stix.toUri().toString())));
        JsonSchema bundle = factory.getSchema(SchemaLocation.of(STIX_BASE + "common/bundle.json"));
        JsonNode doc = JSON.readTree(legal.out.resolve("stix-bundle.json").toFile());
        Set<ValidationMessage> errors = bundle.validate(doc);
        assertTrue(errors.isEmpty(), () -> errors.stream().limit(10).map(ValidationMessage::toString)
                .collect(Collectors.joining("\n")));
        List<String> types = new ArrayList<>();
        doc.path("objects").forEach(o -> types.add(o.path("type").asText()));
        for (String required : List.of("identity", "campaign", "indicator", "relationship", "report",
                "user-account", "observed-data", "x-retort-payment-fingerprint")) {
            assertTrue(types.contains(required), "bundle has no " + required);
        }
    }

    @Test
    void aStixBundleMissingARequiredPropertyIsRejected() throws IOException {
        // Proves the validator above really checks: the same bundle without an indicator's pattern must fail.
        Path stix = SharedFiles.schemas().resolve("stix2.1").resolve("schemas");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(STIX_BASE, stix.toUri().toString())));
        JsonSchema bundle = factory.getSchema(SchemaLocation.of(STIX_BASE + "common/bundle.json"));
        JsonNode doc = JSON.readTree(legal.out.resolve("stix-bundle.json").toFile());
        for (JsonNode o : doc.path("objects")) {
            if (o.path("type").asText().equals("indicator")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("pattern");
                break;
            }
        }
        assertTrue(!bundle.validate(doc).isEmpty());
    }

    @Test
    void timesketchEventsCarryTheRequiredFields() throws IOException {
        List<String> lines = Files.readAllLines(legal.out.resolve("timesketch.jsonl"), StandardCharsets.UTF_8);
        assertTrue(!lines.isEmpty());
        for (String line : lines) {
            JsonNode e = JSON.readTree(line);
            for (String field : List.of("message", "datetime", "timestamp", "timestamp_desc", "account",
                    "source_file", "source_line")) {
                assertTrue(e.hasNonNull(field), field + " in " + line.substring(0, Math.min(120, line.length())));
            }
            assertEquals(java.time.Instant.parse(e.get("datetime").asText()).toEpochMilli() * 1000,
                    e.get("timestamp").asLong());
        }
    }

    @Test
    void graphmlIsWellFormedAndHasEveryNodeAndEdge() throws Exception {
        var doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(legal.out.resolve("network.graphml").toFile());
        JsonNode json = JSON.readTree(legal.out.resolve("dossier.json").toFile());
        assertEquals(json.path("network").path("nodes").size(), doc.getElementsByTagName("node").getLength());
        assertEquals(json.path("network").path("edges").size(), doc.getElementsByTagName("edge").getLength());
    }

    @Test
    void gexfIsValidAgainstTheGexf13Grammar() throws Exception {
        assertEquals(List.of(), rngErrors(legal.out.resolve("network.gexf")));
    }

    @Test
    void dossierJsonIsValidAgainstItsDocumentedSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SharedFiles.docs().resolve("dossier.schema.json"))) {
            schema = factory.getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(legal.out.resolve("dossier.json").toFile()));
        assertTrue(errors.isEmpty(), () -> errors.stream().limit(10).map(ValidationMessage::toString)
                .collect(Collectors.joining("\n")));
    }

    static List<String> rngErrors(Path xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        Path rng = SharedFiles.schemas().resolve("gexf-1.3").resolve("gexf.rng");
        assertTrue(driver.loadSchema(ValidationDriver.uriOrFileInputSource(rng.toString())), "grammar loads");
        InputSource in = new InputSource(xml.toUri().toString());
        in.setEncoding(StandardCharsets.UTF_8.name());
        driver.validate(in);
        return errors;
    }

    private static void assertCompliant(Path pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage())
                    .distinct().limit(15).collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), flavour + " failures:\n" + failures);
        }
    }
}
