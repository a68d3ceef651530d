package dev.retort.importers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.LogFormat;
import dev.retort.importers.golden.SharedSamples;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every registered format sniffs each sample; the one that owns it must be the most confident. */
class FormatDetectionTest {

    private static final List<LogFormat> FORMATS = StreamSupport.stream(
            ServiceLoader.load(LogFormat.class).spliterator(), false).toList();

    private static String head(Path file) throws IOException {
        byte[] buf = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(buf, 0, buf.length);
        }
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    private static String best(Path file) throws IOException {
        String head = head(file);
        LogFormat top = FORMATS.stream().max(Comparator.comparingDouble(f -> f.sniff(head))).orElseThrow();
        return top.sniff(head) > 0 ? top.id() : "none";
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FormatDetectionTest.class.getResource("/" + name).toURI());
    }

    @Test
    void myFormatsAreRegistered() {
        List<String> ids = FORMATS.stream().map(LogFormat::id).toList();
        assertTrue(ids.containsAll(List.of("otlp", "bedrock", "cloudtrail", "nginx", "csv")), ids.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "otlp/otlp-proto-examples-trace.json, otlp",
            "bedrock/elastic-aws_bedrock-test-excerpt.jsonl, bedrock",
            "cloudtrail/elastic-test-converse-json.log, cloudtrail",
            "nginx/elastic-nginx-test-access.log, nginx",
    })
    void realSamplesAreRecognised(String sample, String expected) throws IOException {
        assertEquals(expected, best(SharedSamples.sample(sample)));
    }

    @ParameterizedTest
    @CsvSource({
            "otlp/case-1.jsonl, otlp",
            "otlp/case-2.json, otlp",
            "bedrock/case-1.jsonl, bedrock",
            "cloudtrail/case-1.json, cloudtrail",
            "cloudtrail/case-2.json, cloudtrail",
            "nginx/case-1.log, nginx",
            "csv/case-1.csv, csv",
            "otlp/generated-1.jsonl, otlp",
            "bedrock/generated-1.jsonl, bedrock",
            "cloudtrail/generated-1.jsonl, cloudtrail",
            "nginx/generated-1.log, nginx",
            "csv/generated-1.csv, csv",
    })
    void craftedCasesAreRecognised(String name, String expected) throws Exception {
        assertEquals(expected, best(resource(name)));
    }

    @ParameterizedTest
    @CsvSource({"otlp", "bedrock", "cloudtrail", "nginx", "litellm"})
    void sampleNotesThatNameFieldsAreNotLogs(String folder) throws IOException {
        String head = head(SharedSamples.sample(folder + "/SOURCE.txt"));
        for (LogFormat f : FORMATS) {
            if (List.of("otlp", "bedrock", "cloudtrail", "nginx", "csv").contains(f.id())) {
                assertEquals(0.0, f.sniff(head), f.id() + " on " + folder + "/SOURCE.txt");
            }
        }
    }

    @Test
    void csvDoesNotClaimAnAccountExport() {
        String head = "account_id,created_at,email,payment_fingerprint,country,org_id,verified\n"
                + "acct_1,2026-04-01T00:00:00Z,a@example.com,fp_1,DE,,true\n";
        LogFormat csv = FORMATS.stream().filter(f -> f.id().equals("csv")).findFirst().orElseThrow();
        assertEquals(0.0, csv.sniff(head));
    }

    @Test
    void plainTextIsNobodys() throws Exception {
        String head = "Dear analyst,\nthis is a letter, not a log.\n";
        for (LogFormat f : FORMATS) {
            if (List.of("otlp", "bedrock", "cloudtrail", "nginx", "csv").contains(f.id())) {
                assertEquals(0.0, f.sniff(head), f.id());
            }
        }
    }
}
