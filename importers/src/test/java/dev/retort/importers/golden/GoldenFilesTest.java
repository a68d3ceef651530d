package dev.retort.importers.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.LogFormat;
import dev.retort.importers.bedrock.BedrockFormat;
import dev.retort.importers.cloudtrail.CloudTrailFormat;
import dev.retort.importers.io.Json;
import dev.retort.importers.mapping.ColumnMapping;
import dev.retort.importers.mapping.MappedCsvFormat;
import dev.retort.importers.nginx.NginxFormat;
import dev.retort.importers.otlp.OtlpFormat;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code <format>/case-N.expected.json} under the test resources holds what the importer must
 * send to the sink for {@code case-N.<ext>} beside it, or for the shared real sample it names in {@code "sample"}
 * (read in place from {@code shared/formats}). {@code case-N.mapping.json}, when present, is the column mapping.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change, then review the diff.
 */
class GoldenFilesTest {

    private static final List<String> FORMATS = List.of("otlp", "bedrock", "cloudtrail", "nginx", "csv", "jsonl");

    static Stream<String> cases() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        for (String format : FORMATS) {
            Path dir = resources().resolve(format);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.json")).sorted()
                        .forEach(n -> out.add(format + "/" + n.substring(0, n.length() - ".expected.json".length())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importerProducesTheGoldenRecords(String name) throws Exception {
        Path dir = resources();
        Path expectedFile = dir.resolve(name + ".expected.json");
        JsonNode expected = Json.MAPPER.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
        String format = name.substring(0, name.indexOf('/'));
        Path input = expected.hasNonNull("sample") ? SharedSamples.sample(expected.get("sample").asText())
                : input(dir, name);
        Path mappingFile = dir.resolve(name + ".mapping.json");
        LogFormat parser = parser(format, Files.exists(mappingFile) ? ColumnMapping.load(mappingFile) : null);

        ListSink sink = new ListSink();
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            parser.parse(in, sink, Progress.NONE);
        }
        ObjectNode actual = render(expected, sink);
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of("src/test/resources").resolve(name + ".expected.json");
            Files.writeString(source, GoldenJson.pretty(actual) + "\n", StandardCharsets.UTF_8);
        }
        assertFalse(sink.total() == 0 && !expected.path("allowEmpty").asBoolean(false),
                "a golden case must produce something");
        assertEquals(GoldenJson.pretty(expected), GoldenJson.pretty(actual));
    }

    static LogFormat parser(String format, ColumnMapping mapping) {
        return switch (format) {
            case "otlp" -> new OtlpFormat();
            case "bedrock" -> new BedrockFormat();
            case "cloudtrail" -> new CloudTrailFormat();
            case "nginx" -> new NginxFormat();
            case "csv" -> mapping == null ? new MappedCsvFormat() : mapping.format();
            case "jsonl" -> mapping.format();
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static Path input(Path dir, String name) throws IOException {
        Path folder = dir.resolve(name).getParent();
        String stem = Path.of(name).getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(stem) && !n.endsWith(".expected.json") && !n.endsWith(".mapping.json");
            }).findFirst().orElseThrow(() -> new IllegalStateException("no input beside " + name));
        }
    }

    private static ObjectNode render(JsonNode expected, ListSink sink) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (expected.has("sample")) {
            root.set("sample", expected.get("sample"));
        }
        if (expected.has("note")) {
            root.set("note", expected.get("note"));
        }
        GoldenJson.putExchanges(root, sink.exchanges);
        GoldenJson.putQuarantine(root, sink.quarantined);
        return root;
    }


    private static Path resources() throws URISyntaxException {
        return Path.of(GoldenFilesTest.class.getResource("/golden-root.txt").toURI()).getParent();
    }
}
