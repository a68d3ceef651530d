package dev.retort.importers.litellm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.LogFormat;
import dev.retort.importers.accounts.AccountExportFormat;
import dev.retort.importers.golden.GoldenJson;
import dev.retort.importers.golden.ListSink;
import dev.retort.importers.golden.SharedSamples;
import dev.retort.importers.io.Json;
import dev.retort.store.ingest.AccountRow;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the LiteLLM and account-export importers: {@code litellm/<case>.expected.json} and
 * {@code accounts/<case>.expected.json} hold every record and quarantined line the importer must produce for the
 * input beside them, or for the shared real sample named in {@code "sample"}. Rewrite them after a deliberate
 * change with {@code -Dgolden.update=true} and review the diff.
 */
class LiteLlmAndAccountGoldenTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        for (String format : List.of("litellm", "accounts")) {
            try (Stream<Path> files = Files.list(resources().resolve(format))) {
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
        JsonNode expected = Json.MAPPER.readTree(Files.readString(dir.resolve(name + ".expected.json")));
        Path input = expected.hasNonNull("sample") ? SharedSamples.sample(expected.get("sample").asText())
                : input(dir, name);
        LogFormat format = name.startsWith("litellm/") ? new LiteLlmFormat() : new AccountExportFormat();
        String head = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        assertTrue(format.sniff(head.substring(0, Math.min(head.length(), 8192))) > 0.5,
                "the format recognises its own file");
        ListSink sink = new ListSink();
        try (InputStream in = Files.newInputStream(input)) {
            format.parse(in, sink, Progress.NONE);
        }
        ObjectNode actual = render(expected, sink);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources").resolve(name + ".expected.json"),
                    GoldenJson.pretty(actual) + "\n");
        }
        assertEquals(GoldenJson.pretty(expected), GoldenJson.pretty(actual));
    }

    private static Path input(Path dir, String name) throws IOException {
        String stem = Path.of(name).getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(dir.resolve(name).getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(stem)
                    && !p.getFileName().toString().endsWith(".expected.json")).findFirst().orElseThrow();
        }
    }

    private static ObjectNode render(JsonNode expected, ListSink sink) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (expected.has("sample")) {
            root.set("sample", expected.get("sample"));
        }
        GoldenJson.putExchanges(root, sink.exchanges);
        ArrayNode acc = root.putArray("accounts");
        for (AccountRow a : sink.accounts) {
            ObjectNode o = acc.addObject();
            o.put("line", a.line());
            o.put("account", a.account());
            o.put("createdAt", a.createdAtMillis() < 0 ? null : Instant.ofEpochMilli(a.createdAtMillis()).toString());
            o.put("email", a.email());
            o.put("paymentFingerprint", a.paymentFingerprint());
            o.put("country", a.country());
            o.put("orgId", a.orgId());
            o.put("verified", a.verified());
        }
        GoldenJson.putQuarantine(root, sink.quarantined);
        return root;
    }


    private static Path resources() throws URISyntaxException {
        return Path.of(LiteLlmAndAccountGoldenTest.class.getResource("/golden-root.txt").toURI()).getParent();
    }
}
