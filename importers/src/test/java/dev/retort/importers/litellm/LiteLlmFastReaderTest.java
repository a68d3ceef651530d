package dev.retort.importers.litellm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.golden.ListSink;
import dev.retort.importers.golden.SharedSamples;
import dev.retort.importers.io.Json;
import dev.retort.store.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reader must give exactly what the Jackson path gives, line for line, or hand the line over: every
 * corpus here is imported both ways and the records and quarantined lines compared.
 */
class LiteLlmFastReaderTest {

    private static final String BASE = """
            {"request_id":"chatcmpl-1","api_key":"k1","startTime":"2026-01-10 00:00:08.230993",\
            "endTime":"2026-01-10 00:01:24.404993","model":"orion-3","user":"acct_1","team_id":"",\
            "metadata":"{\\"user_api_key_user_id\\":\\"acct_1\\",\\"requester_ip_address\\":\\"112.148.195.6\\",\
            \\"user_agent\\":\\"OpenAI/Python 1.51.2\\",\\"usage_object\\":{\\"completion_tokens\\":3843}}",\
            "spend":0.0400225,"total_tokens":4480,"prompt_tokens":637,"completion_tokens":3843,"request_tags":"[]",\
            "requester_ip_address":"112.148.195.6","messages":"[{\\"role\\":\\"system\\",\\"content\\":\\"Be brief.\\"},\
            {\\"role\\":\\"user\\",\\"content\\":\\"Plan a data warehouse. Reason step by step.\\"}]",\
            "response":"{\\"choices\\":[{\\"finish_reason\\":\\"stop\\",\\"message\\":{\\"role\\":\\"assistant\\",\
            \\"content\\":\\"Phase 1 - Discovery.\\\\nPhase 2.\\"}}]}","status":"success","agent_id":null}""";

    /** Lines that exercise each rule of the Jackson path, valid and not. */
    private static final List<String> EDGES = List.of(
            BASE,
            BASE.replace("\"Be brief.\\\"", "\"caf\\\\u00e9 \\\\ud83d\\\\ude00 \u00e9\u00e8 \uD83D\uDE00\\\""),
            BASE.replace("Be brief.", "lone \\\\ud83d surrogate"),
            BASE.replace("Be brief.", "lone \\\\ude00 low"),
            BASE.replace("Be brief.", "raw\\nnewline and tab\\t"),
            BASE.replace("Be brief.", "bad escape \\\\q"),
            BASE.replace("\\\"role\\\":\\\"system\\\"", "\\\"role\\\":\\\"assistant\\\""),
            BASE.replace("\\\"role\\\":\\\"system\\\",", ""),
            BASE.replace("\\\"role\\\":\\\"system\\\"", "\\\"role\\\":7"),
            BASE.replace("\\\"content\\\":\\\"Be brief.\\\"",
                    "\\\"content\\\":[{\\\"type\\\":\\\"text\\\",\\\"text\\\":\\\"part one\\\"},\\\"part two\\\",3,"
                            + "{\\\"type\\\":\\\"image_url\\\",\\\"image_url\\\":{\\\"url\\\":\\\"x\\\"}}]"),
            BASE.replace("\\\"content\\\":\\\"Be brief.\\\"", "\\\"content\\\":null"),
            BASE.replace("\\\"content\\\":\\\"Be brief.\\\"", "\\\"content\\\":\\\"\\\""),
            BASE.replace("\"messages\":\"[", "\"messages\":\"{\\\"messages\\\":[").replace("}]\",\"response\"",
                    "}],\\\"prompt\\\":\\\"extra\\\"}\",\"response\""),
            BASE.replace("\"messages\":\"[", "\"messages\":\"  \\n[").replace("}]\",\"response\"",
                    "}]  \",\"response\""),
            BASE.replace("}]\",\"response\"", "}] trailing\",\"response\""),
            BASE.replace("}]\",\"response\"", "}\",\"response\""),
            BASE.replace("\"messages\":\"[", "\"messages\":\"plain text [").replace("}]\",\"response\"",
                    "}]\",\"response\""),
            BASE.replace("\"messages\":\"[{", "\"messages\":\"[\\\"a bare string\\\",{"),
            BASE.replace("\"messages\":\"[{", "\"messages\":[{").replace("}]\",\"response\"", "}],\"response\"")
                    .replace("\\\"", "\""),
            BASE.replace("\"messages\":\"[", "\"messages\":null,\"x\":\"["),
            BASE.replace("\"messages\":\"[", "\"messages\":\"[]\",\"x\":\"["),
            BASE.replace("\"messages\":\"[", "\"messages\":\"None\",\"x\":\"["),
            BASE.replace("\"messages\":\"[", "\"messages\":\"{}\",\"x\":\"["),
            BASE.replace("\"messages\":\"[", "\"messages\":\"   \",\"x\":\"["),
            BASE.replace("\"messages\":\"[", "\"messages\":\"\\u000b[").replace("}]\",\"response\"",
                    "}]\",\"response\""),
            BASE.replace("\\\"choices\\\":[{", "\\\"output\\\":[\\\"s\\\",1,{\\\"text\\\":\\\"t\\\",\\\"delta\\\":"
                    + "{\\\"content\\\":[\\\"c1\\\",{\\\"text\\\":\\\"c2\\\"}]}},{"),
            BASE.replace("\\\"choices\\\":[{", "\\\"choices\\\":\\\"str\\\",\\\"message\\\":5,\\\"x\\\":[{"),
            BASE.replace("\"response\":\"{", "\"response\":\"plain answer {"),
            BASE.replace("\"response\":\"{", "\"response\":\"[\\\"a\\\",[\\\"b\\\"]],\"x\":\"{"),
            BASE.replace("\"metadata\":\"{", "\"metadata\":\" {"),
            BASE.replace("\"metadata\":\"{", "\"metadata\":\"not json {"),
            BASE.replace("\\\"user_agent\\\":\\\"OpenAI/Python 1.51.2\\\"", "\\\"user_agent\\\":12"),
            BASE.replace("\\\"user_agent\\\":\\\"OpenAI/Python 1.51.2\\\"", "\\\"user_agent\\\":null"),
            BASE.replace("\\\"user_agent\\\":\\\"OpenAI/Python 1.51.2\\\"", "\\\"user_agent\\\":{\\\"a\\\":1}"),
            BASE.replace("\\\"usage_object\\\":{\\\"completion_tokens\\\":3843}}", "\\\"usage_object\\\":{"),
            BASE.replace("\\\"usage_object\\\":{\\\"completion_tokens\\\":3843}}",
                    "\\\"usage_object\\\":{\\\"completion_tokens\\\":3843}} tail"),
            BASE.replace("\"metadata\":\"{\\\"user_api_key_user_id\\\":\\\"acct_1\\\",",
                    "\"metadata\":{\"user_agent\":\"inline\",\"user_api_key_user_id\":\"m\"},\"m2\":\"{"),
            BASE.replace("\"user\":\"acct_1\"", "\"user\":12345"),
            BASE.replace("\"user\":\"acct_1\"", "\"user\":null"),
            BASE.replace("\"user\":\"acct_1\"", "\"user\":[1,2]"),
            BASE.replace("\"user\":\"acct_1\"", "\"user\":\"\\u0041cct\""),
            BASE.replace("\"user\":\"acct_1\"", "\"user\":\"acct_1\",\"user\":\"acct_2\""),
            BASE.replace("\"user\":\"acct_1\"", "\"\\u0075ser\":\"escaped name\""),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":\"637\""),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":637.9"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":6.37e2"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":-5"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":-0"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":0637"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":99999999999"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":99999999999999999999"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":null"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":true"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":{\"n\":1}"),
            BASE.replace("\"prompt_tokens\":637", "\"prompt_tokens\":637x"),
            BASE.replace("\"spend\":0.0400225", "\"spend\":1.e5"),
            BASE.replace("\"spend\":0.0400225", "\"spend\":NaN"),
            BASE.replace("\"spend\":0.0400225", "\"spend\":-"),
            BASE.replace("\"agent_id\":null", "\"agent_id\":nul"),
            BASE.replace("\"agent_id\":null", "\"agent_id\":nullx"),
            BASE.replace("\"agent_id\":null", "\"agent_id\":[1,[2,{\"a\":[true,false,null]}]]"),
            BASE.replace("\"agent_id\":null", "\"agent_id\":" + "[".repeat(70) + "]".repeat(70)),
            BASE.replace("\"agent_id\":null", "\"agent_id\":\"raw\tcontrol\""),
            BASE.replace("\"agent_id\":null", "\"agent_id\":\"\u00ff\u0100\u4e2d\""),
            BASE.replace("\"agent_id\":null", "\"agent_id\":1,"),
            BASE.replace("\"status\":\"success\"", "\"status\":\"failure\""),
            BASE.replace("\"startTime\":\"2026-01-10 00:00:08.230993\"", "\"startTime\":\"2026-02-30 00:00:08\""),
            BASE.replace("\"startTime\":\"2026-01-10 00:00:08.230993\",", ""),
            BASE + " ",
            BASE + " {}",
            BASE + "x",
            "  " + BASE,
            "\uFEFF" + BASE,
            "[" + BASE + "," + BASE + "]",
            BASE.substring(0, BASE.length() / 2),
            "{}",
            "{ }",
            "[]",
            "42",
            "\"just a string\"",
            "{\"request_id\":\"r\",\"startTime\":\"2026-01-10T00:00:00Z\"}",
            "{\"request_id\" \"r\"}",
            "{\"request_id\":\"r\",}",
            "{,\"request_id\":\"r\"}");

    @Test
    void edgeCasesGiveWhatJacksonGives() throws IOException {
        assertSameBothWays(EDGES);
    }

    @Test
    void theRealSampleAsLinesGivesWhatJacksonGives() throws IOException {
        JsonNode doc = Json.MAPPER.readTree(Files.readString(
                SharedSamples.sample("litellm/litellm-tests-spend_logs_payload.json")));
        List<String> lines = new ArrayList<>();
        for (JsonNode row : doc.isArray() ? doc : List.of(doc)) {
            lines.add(row.toString());
        }
        assertTrue(lines.size() >= 1);
        assertSameBothWays(lines);
    }

    @Test
    void randomlyDamagedLinesGiveWhatJacksonGives() throws IOException {
        byte[][] pieces = {"\"".getBytes(StandardCharsets.UTF_8), "\\".getBytes(StandardCharsets.UTF_8),
            "\\\"".getBytes(StandardCharsets.UTF_8), "{".getBytes(StandardCharsets.UTF_8),
            "}".getBytes(StandardCharsets.UTF_8), "[".getBytes(StandardCharsets.UTF_8),
            "]".getBytes(StandardCharsets.UTF_8), ",".getBytes(StandardCharsets.UTF_8),
            ":".getBytes(StandardCharsets.UTF_8), "\\u00".getBytes(StandardCharsets.UTF_8),
            "\\ud83d".getBytes(StandardCharsets.UTF_8), "0".getBytes(StandardCharsets.UTF_8),
            "-".getBytes(StandardCharsets.UTF_8), "\t".getBytes(StandardCharsets.UTF_8),
            {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {0x01}, "é".getBytes(StandardCharsets.UTF_8), "n".getBytes(StandardCharsets.UTF_8)};
        Random random = new Random(20261123);
        ByteArrayOutputStream corpus = new ByteArrayOutputStream();
        int lines = 0;
        for (String base : EDGES.subList(0, 40)) {
            byte[] b = base.getBytes(StandardCharsets.UTF_8);
            for (int m = 0; m < 60; m++) {
                byte[] damaged = b.clone();
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits; e++) {
                    damaged = edit(damaged, random, pieces);
                }
                corpus.write(damaged);
                corpus.write('\n');
                lines++;
            }
        }
        ListSink fast = parse(corpus.toByteArray(), true);
        ListSink jackson = parse(corpus.toByteArray(), false);
        assertEquals(jackson.exchanges, fast.exchanges);
        assertEquals(jackson.quarantined, fast.quarantined);
        assertTrue(jackson.quarantined.size() > lines / 4, "the damage reaches the quarantine");
        assertTrue(jackson.exchanges.size() > lines / 4, "and leaves many lines readable");
    }

    @Test
    void takesTheCommonShapeAndHandsOverWhatItDoesNotRead() {
        LiteLlmFastReader reader = new LiteLlmFastReader();
        byte[] base = BASE.getBytes(StandardCharsets.UTF_8);
        LiteLlmRow row = reader.read(base, base.length);
        assertNotNull(row, "the usual LiteLLM line takes the fast path");
        assertEquals("Be brief.\nPlan a data warehouse. Reason step by step.", row.promptText);
        assertEquals("Phase 1 - Discovery.\nPhase 2.", row.responseText);
        assertEquals("OpenAI/Python 1.51.2", row.userAgent);
        assertEquals(637, row.promptTokens);
        byte[] plain = BASE.replace("\"messages\":\"[", "\"messages\":\"plain [").getBytes(StandardCharsets.UTF_8);
        assertNull(reader.read(plain, plain.length), "a plain-text prompt is left to the Jackson path");
    }

    private static byte[] edit(byte[] b, Random random, byte[][] pieces) {
        int at = random.nextInt(b.length);
        byte[] piece = pieces[random.nextInt(pieces.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 4);
        switch (random.nextInt(3)) {
            case 0 -> { // replace one byte
                out.write(b, 0, at);
                out.write(piece, 0, piece.length);
                out.write(b, at + 1, b.length - at - 1);
            }
            case 1 -> { // insert
                out.write(b, 0, at);
                out.write(piece, 0, piece.length);
                out.write(b, at, b.length - at);
            }
            default -> { // delete a short run
                int n = Math.min(1 + random.nextInt(4), b.length - at);
                out.write(b, 0, at);
                out.write(b, at + n, b.length - at - n);
            }
        }
        byte[] r = out.toByteArray();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == '\n' || r[i] == '\r') {
                r[i] = ' '; // keep one record per line so the comparison stays line for line
            }
        }
        return r;
    }

    private static void assertSameBothWays(List<String> lines) throws IOException {
        byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        ListSink fast = parse(input, true);
        ListSink jackson = parse(input, false);
        for (int i = 0; i < Math.max(fast.exchanges.size(), jackson.exchanges.size()); i++) {
            assertEquals(i < jackson.exchanges.size() ? jackson.exchanges.get(i) : null,
                    i < fast.exchanges.size() ? fast.exchanges.get(i) : null, "exchange " + i);
        }
        assertEquals(jackson.quarantined, fast.quarantined);
        assertEquals(jackson.total(), fast.total());
    }

    private static ListSink parse(byte[] input, boolean fastPath) throws IOException {
        ListSink sink = new ListSink();
        new LiteLlmFormat(fastPath).parse(new ByteArrayInputStream(input), sink, Progress.NONE);
        return sink;
    }
}
