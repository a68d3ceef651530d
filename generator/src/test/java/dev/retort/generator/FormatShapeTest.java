package dev.retort.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each generated format has the field names, nesting and timestamp layouts of the real samples in shared/formats. */
class FormatShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeneratorOptions SMALL = GeneratorOptions.defaults().withScale(0.05).withSeed(11);

    @TempDir
    Path dir;

    /** Generates a small demo and returns the lines of one day (the day after the new model's release). */
    private List<String> generate(Format format) throws IOException {
        GenerationResult r = ScenarioGenerator.generate(Presets.demo(), SMALL.withFormat(format), dir,
                GeneratorProgress.NONE);
        assertTrue(r.exchanges() > 1000, "a small demo still has traffic: " + r.exchanges());
        Path day = dir.resolve(format.fileName(java.time.LocalDate.parse("2026-04-29"), false));
        return Files.readAllLines(day, StandardCharsets.UTF_8);
    }

    private static Map<String, String> sampleShape(Path file) throws IOException {
        Map<String, String> shape = new TreeMap<>();
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (text.startsWith("{\n") || text.startsWith("{\r")) {
            JsonShape.addAll(JSON.readTree(text), shape);
        } else {
            for (String line : text.split("\n")) {
                JsonShape.addAll(JSON.readTree(line), shape);
            }
        }
        return shape;
    }

    @Test
    void liteLlmRowsHaveTheFixturesFieldsTimestampsAndMetadataKeys() throws IOException {
        JsonNode sample = JSON.readTree(SharedSamples.file("litellm", "litellm-tests-spend_logs_payload.json").toFile());
        Set<String> sampleMetadataKeys = keys(JSON.readTree(sample.get("metadata").asText()));
        Pattern time = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}");
        assertTrue(time.matcher(sample.get("startTime").asText()).matches());
        List<String> lines = generate(Format.LITELLM);
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            assertEquals(new ArrayList<>(fieldNames(sample)), new ArrayList<>(fieldNames(row)), "same fields, same order");
            for (String f : List.of("startTime", "endTime", "completionStartTime")) {
                assertTrue(time.matcher(row.get(f).asText()).matches(), f + ": " + row.get(f));
            }
            for (String f : List.of("metadata", "messages", "response", "request_tags", "proxy_server_request")) {
                assertTrue(row.get(f).isTextual(), f + " is a JSON-encoded string as in LiteLLM");
            }
            JsonNode metadata = JSON.readTree(row.get("metadata").asText());
            Set<String> extra = new TreeSet<>(keys(metadata));
            extra.removeAll(sampleMetadataKeys);
            assertTrue(extra.isEmpty(), "metadata keys not in LiteLLM's metadata: " + extra);
            assertEquals(row.get("user").asText(), metadata.get("user_api_key_user_id").asText());
            assertEquals(row.get("requester_ip_address").asText(), metadata.get("requester_ip_address").asText());
            assertTrue(JSON.readTree(row.get("messages").asText()).get(0).get("content").asText().length() > 40);
            Map<String, String> bad = JsonShape.notIn(JsonShape.of(metadata.get("usage_object")),
                    JsonShape.of(JSON.readTree(sample.get("metadata").asText()).get("usage_object")));
            assertTrue(bad.isEmpty(), bad.toString());
        }
    }

    @Test
    void otlpLinesAreExportRequestsShapedLikeTheTraceExample() throws IOException {
        Map<String, String> trace = sampleShape(SharedSamples.file("otlp", "otlp-proto-examples-trace.json"));
        Set<String> valueKinds = new TreeSet<>();
        for (String f : List.of("otlp-proto-examples-trace.json", "otlp-proto-examples-logs.json",
                "otlp-proto-examples-events.json")) {
            collectValueKinds(JSON.readTree(SharedSamples.file("otlp", f).toFile()), valueKinds);
        }
        Pattern nanos = Pattern.compile("\\d{19}");
        JsonNode sampleSpan = JSON.readTree(SharedSamples.file("otlp", "otlp-proto-examples-trace.json").toFile())
                .at("/resourceSpans/0/scopeSpans/0/spans/0");
        assertTrue(nanos.matcher(sampleSpan.get("startTimeUnixNano").asText()).matches());
        for (String line : generate(Format.OTLP)) {
            JsonNode req = JSON.readTree(line);
            Set<String> kinds = new TreeSet<>();
            collectValueKinds(req, kinds);
            assertTrue(valueKinds.containsAll(kinds), "AnyValue kinds " + kinds + " vs samples " + valueKinds);
            Map<String, String> shape = new TreeMap<>();
            // Attribute values are compared by kind above; here every kind maps onto the sample's stringValue path.
            JsonShape.of(req).forEach((p, t) -> shape.put(p.replaceAll("\\.value\\.\\w+Value$", ".value.stringValue"), t));
            Map<String, String> bad = JsonShape.notIn(shape, trace);
            assertTrue(bad.isEmpty(), bad.toString());
            JsonNode span = req.at("/resourceSpans/0/scopeSpans/0/spans/0");
            assertTrue(nanos.matcher(span.get("startTimeUnixNano").asText()).matches());
            assertTrue(span.get("traceId").asText().matches("[0-9a-f]{32}"));
            assertTrue(span.get("spanId").asText().matches("[0-9a-f]{16}"));
            Map<String, JsonNode> attrs = new TreeMap<>();
            span.get("attributes").forEach(a -> attrs.put(a.get("key").asText(), a.get("value")));
            assertTrue(attrs.keySet().containsAll(List.of("user.id", "client.address", "user_agent.original",
                    "gen_ai.request.model", "gen_ai.usage.input_tokens", "gen_ai.response.id")), attrs.keySet().toString());
            assertTrue(attrs.get("gen_ai.usage.input_tokens").get("intValue").isTextual(), "64-bit ints as strings");
        }
    }

    @Test
    void bedrockAndCloudTrailRecordsMatchTheSamplesAndJoinOnRequestId() throws IOException {
        Map<String, String> invocation = sampleShape(SharedSamples.file("bedrock", "elastic-aws_bedrock-test-excerpt.jsonl"));
        Map<String, String> trail = sampleShape(SharedSamples.file("cloudtrail", "elastic-test-converse-json.log"));
        List<String> logs = generate(Format.BEDROCK);
        List<String> events = Files.readAllLines(dir.resolve("cloudtrail-2026-04-29.jsonl"));
        assertEquals(logs.size(), events.size(), "one CloudTrail record per invocation");
        Pattern seconds = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        // IAM users (not assumed roles) carry userName; failed calls carry errorCode, as real CloudTrail does.
        Set<String> trailExtras = Set.of("userIdentity.userName", "errorCode");
        Set<String> requestIds = new TreeSet<>();
        for (String line : logs) {
            JsonNode rec = JSON.readTree(line);
            Map<String, String> bad = JsonShape.notIn(JsonShape.of(rec), invocation);
            assertTrue(bad.isEmpty(), bad.toString());
            assertTrue(seconds.matcher(rec.get("timestamp").asText()).matches());
            String arn = rec.at("/identity/arn").asText();
            assertTrue(arn.matches("arn:aws:iam::\\d{12}:user/acct_[0-9a-f]{12}"), arn);
            requestIds.add(rec.get("requestId").asText());
        }
        for (String line : events) {
            JsonNode rec = JSON.readTree(line);
            Map<String, String> bad = JsonShape.notIn(JsonShape.of(rec), trail);
            bad.keySet().removeAll(trailExtras);
            assertTrue(bad.isEmpty(), bad.toString());
            assertTrue(seconds.matcher(rec.get("eventTime").asText()).matches());
            assertTrue(requestIds.contains(rec.get("requestID").asText()), "joins an invocation log");
            assertFalse(rec.get("sourceIPAddress").asText().isEmpty());
        }
    }

    private static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) - (\\S+) \\[(\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\] \"(\\S+) (\\S+) (HTTP/\\d\\.\\d)\" "
                    + "(\\d{3}) (\\d+) \"([^\"]*)\" \"([^\"]*)\"$");

    @Test
    void nginxLinesAreCombinedLogLinesWithTheAccountAsRemoteUser() throws IOException {
        int plain = 0;
        for (String line : Files.readAllLines(SharedSamples.file("nginx", "elastic-nginx-test-access.log"))) {
            plain += COMBINED.matcher(line).matches() ? 1 : 0;
        }
        assertEquals(12, plain, "the pattern reads the sample's 12 plain combined lines");
        for (String line : generate(Format.NGINX)) {
            Matcher m = COMBINED.matcher(line);
            assertTrue(m.matches(), line);
            assertTrue(m.group(2).matches("acct_[0-9a-f]{12}"), "remote_user is the account");
            assertTrue(m.group(5).startsWith("/v1/"), m.group(5));
        }
    }

    @Test
    void csvHasTheImportersDefaultHeaderAndThirteenFieldsPerRecord() throws IOException {
        List<String> lines = generate(Format.CSV);
        assertEquals("timestamp,request_id,account_id,api_key,ip,user_agent,model,tokens_in,tokens_out,status,"
                + "latency_ms,prompt,response", lines.get(0));
        List<List<String>> records = Csv.parse(String.join("\n", lines.subList(1, lines.size())));
        assertFalse(records.isEmpty());
        for (List<String> rec : records) {
            assertEquals(13, rec.size(), rec.toString());
            assertTrue(rec.get(0).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), rec.get(0));
            assertTrue(rec.get(2).matches("acct_[0-9a-f]{12}"));
            Integer.parseInt(rec.get(7));
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> keys(JsonNode n) {
        return new TreeSet<>(fieldNames(n));
    }

    private static void collectValueKinds(JsonNode n, Set<String> into) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().endsWith("Value") && !e.getKey().equals("value")) {
                    into.add(e.getKey());
                }
                collectValueKinds(e.getValue(), into);
            }
        } else if (n.isArray()) {
            n.forEach(c -> collectValueKinds(c, into));
        }
    }
}
