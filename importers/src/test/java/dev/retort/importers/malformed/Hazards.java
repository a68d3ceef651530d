package dev.retort.importers.malformed;

import dev.retort.importers.LogFormat;
import dev.retort.importers.bedrock.BedrockFormat;
import dev.retort.importers.litellm.LiteLlmFormat;
import dev.retort.importers.cloudtrail.CloudTrailFormat;
import dev.retort.importers.mapping.ColumnMapping;
import dev.retort.importers.mapping.Field;
import dev.retort.importers.mapping.MappedCsvFormat;
import dev.retort.importers.mapping.MappedJsonFormat;
import dev.retort.importers.nginx.NginxFormat;
import dev.retort.importers.otlp.OtlpFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * For each importer: what a good record looks like (attributed to account {@code good-1}), what must precede
 * records (a CSV header), records with the wrong JSON or value types, and a record with a bad timestamp.
 */
record Hazards(String name, Supplier<LogFormat> format, String prefix, String good, List<String> wrongTypes,
               String badTime, boolean json) {

    static final String ACCOUNT = "good-1";

    @Override
    public String toString() {
        return name;
    }

    static List<Hazards> all() {
        return List.of(otlp(), bedrock(), cloudtrail(), nginx(), csv(), jsonl(), litellm());
    }

    private static String span(String start, String attributes) {
        return "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"user.id\",\"value\":{\"stringValue\":\""
                + ACCOUNT + "\"}}]},\"scopeSpans\":[{\"spans\":[{\"traceId\":\"01\",\"spanId\":\"02\","
                + "\"startTimeUnixNano\":" + start + ",\"endTimeUnixNano\":\"1775030401000000000\",\"attributes\":"
                + attributes + "}]}]}]}";
    }

    static Hazards otlp() {
        String attrs = "[{\"key\":\"gen_ai.request.model\",\"value\":{\"stringValue\":\"gpt-5\"}},"
                + "{\"key\":\"gen_ai.usage.input_tokens\",\"value\":{\"intValue\":\"12\"}}]";
        return new Hazards("otlp", OtlpFormat::new, "", span("\"1775030400000000000\"", attrs), List.of(
                "{\"resourceSpans\":\"nope\"}",
                "{\"resourceSpans\":[{\"scopeSpans\":{\"spans\":7}}]}",
                span("{\"a\":1}", attrs),
                span("\"1775030400000000000\"", "\"gen_ai.request.model=gpt-5\""),
                span("true", "[{\"key\":\"gen_ai.usage.input_tokens\",\"value\":{\"arrayValue\":{\"values\":[]}}}]"),
                span("\"1775030400000000000\"", "[{\"key\":\"gen_ai.usage.input_tokens\",\"value\":[1,2]},"
                        + "{\"key\":5,\"value\":null},"
                        + "{\"key\":\"gen_ai.request.model\",\"value\":{\"intValue\":[]}}]")),
                span("\"1999-13-45\"", attrs), true);
    }

    private static String invocation(String timestamp, String extra) {
        return "{\"schemaType\":\"ModelInvocationLog\",\"timestamp\":" + timestamp + ",\"identity\":{\"arn\":"
                + "\"arn:aws:iam::1:user/" + ACCOUNT + "\"},\"requestId\":\"r-1\",\"modelId\":\"m\"" + extra + "}";
    }

    static Hazards bedrock() {
        return new Hazards("bedrock", BedrockFormat::new, "", invocation("\"2026-04-01T00:00:00Z\"",
                ",\"input\":{\"inputBodyJson\":{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]},"
                        + "\"inputTokenCount\":3},\"output\":{\"outputBodyJson\":{\"output\":{\"message\":{\"content\":"
                        + "[{\"text\":\"yo\"}]}}},\"outputTokenCount\":1}"), List.of(
                invocation("12345", ""),
                invocation("\"2026-04-01T00:00:00Z\"", ",\"identity\":\"someone\""),
                invocation("\"2026-04-01T00:00:00Z\"", ",\"input\":[1],\"output\":\"x\""),
                invocation("\"2026-04-01T00:00:00Z\"", ",\"input\":{\"inputTokenCount\":\"many\",\"inputBodyJson\":"
                        + "{\"messages\":{\"role\":7}}},\"output\":{\"outputBodyJson\":42,\"outputTokenCount\":[]}"),
                "{\"schemaType\":7,\"timestamp\":null}"),
                invocation("\"yesterday\"", ""), true);
    }

    private static String trail(String time, String extra) {
        return "{\"eventSource\":\"bedrock.amazonaws.com\",\"eventName\":\"InvokeModel\",\"eventTime\":" + time
                + ",\"requestID\":\"r-1\",\"userIdentity\":{\"arn\":\"arn:aws:iam::1:user/" + ACCOUNT
                + "\",\"accessKeyId\":\"AKIA1\"},\"sourceIPAddress\":\"192.0.2.1\"" + extra + "}";
    }

    static Hazards cloudtrail() {
        return new Hazards("cloudtrail", CloudTrailFormat::new, "", trail("\"2026-04-01T00:00:00Z\"", ""), List.of(
                "{\"eventSource\":5,\"eventTime\":\"2026-04-01T00:00:00Z\"}",
                trail("\"2026-04-01T00:00:00Z\"", ",\"userIdentity\":\"x\",\"requestParameters\":[]"),
                trail("[\"2026-04-01T00:00:00Z\"]", ""),
                "{\"Records\":[17]}",
                "{\"Records\":{\"not\":\"a list\"}}"),
                trail("\"2026-02-30T00:00:00Z\"", ""), true);
    }

    static Hazards nginx() {
        String good = "192.0.2.1 - " + ACCOUNT + " [01/Apr/2026:10:00:00 +0000] \"POST /v1/chat/completions HTTP/1.1\""
                + " 200 10 \"-\" \"ua/1\"";
        return new Hazards("nginx", NginxFormat::new, "", good, List.of(
                "192.0.2.1 - u [01/Apr/2026:10:00:00 +0000] \"POST / HTTP/1.1\" abc 10 \"-\" \"ua\"",
                "192.0.2.1 - u [01/Apr/2026:10:00:00 +0000] \"POST / HTTP/1.1\" 200 10",
                "192.0.2.1 - u [01/Apr/2026:10:00:00 +0000] \"POST / HTTP/1.1\" 9999 10 \"-\" \"ua\"",
                "a b c d e [01/Apr/2026:10:00:00 +0000] \"GET /\" 200 1 \"-\" \"-\""),
                "192.0.2.1 - u [1/Foo/2026:25:61:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"", false);
    }

    static Hazards csv() {
        String header = String.join(",", ColumnMapping.RETORT_CSV_HEADER) + "\n";
        String good = "2026-04-01T00:00:00Z,r-1," + ACCOUNT + ",k,192.0.2.1,ua,gpt-5,1,2,200,30,hello,world";
        return new Hazards("csv", MappedCsvFormat::new, header, good, List.of(
                "2026-04-01T00:00:00Z,r-2,a,k,ip,ua,gpt-5,twelve,2,200,30,p,r",
                "2026-04-01T00:00:00Z,r-3,a,k,ip,ua,gpt-5,1,2,true,30,p,r",
                "2026-04-01T00:00:00Z,r-4,a,k,ip,ua,gpt-5,1,2,200,1e999,p,r",
                "2026-04-01T00:00:00Z,r-5,a"),
                "2026-04-01T25:00:00Z,r-6,a,k,ip,ua,gpt-5,1,2,200,30,p,r", false);
    }

    static Hazards jsonl() {
        ColumnMapping m = ColumnMapping.empty(ColumnMapping.Layout.JSONL).withName("test")
                .withColumn(Field.TIMESTAMP, "ts").withColumn(Field.ACCOUNT, "user")
                .withColumn(Field.TOKENS_IN, "usage.in").withColumn(Field.PROMPT, "messages");
        String good = "{\"ts\":\"2026-04-01T00:00:00Z\",\"user\":\"" + ACCOUNT + "\",\"usage\":{\"in\":4},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        return new Hazards("jsonl", () -> new MappedJsonFormat(m), "", good, List.of(
                "{\"ts\":\"2026-04-01T00:00:00Z\",\"user\":\"a\",\"usage\":{\"in\":{\"x\":1}}}",
                "{\"ts\":[2026],\"user\":\"a\"}",
                "{\"ts\":\"2026-04-01T00:00:00Z\",\"user\":{\"id\":1},\"usage\":\"none\",\"messages\":7}",
                "\"just a string\""),
                "{\"ts\":\"31/31/2026\",\"user\":\"a\"}", true);
    }

    private static String spendLog(String startTime, String user, String extra) {
        return "{\"request_id\":\"chatcmpl-1\",\"startTime\":" + startTime + ",\"model\":\"gpt-4o\",\"user\":" + user
                + ",\"api_key\":\"88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b\","
                + "\"prompt_tokens\":10,\"completion_tokens\":20,\"status\":\"success\","
                + "\"metadata\":\"{\\\"user_agent\\\": \\\"curl/8\\\"}\","
                + "\"messages\":\"[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"hi\\\"}]\"" + extra + "}";
    }

    static Hazards litellm() {
        return new Hazards("litellm", LiteLlmFormat::new, "", spendLog("\"2026-04-01 00:00:00.000000\"",
                "\"" + ACCOUNT + "\"", ""), List.of(
                "[1,2,3]",
                "\"just a string\"",
                spendLog("{\"a\":1}", "\"x\"", ""),
                spendLog("\"2026-04-01T00:00:00Z\"", "[\"x\"]", ",\"prompt_tokens\":\"many\",\"metadata\":7"),
                spendLog("1775001600", "7", ",\"messages\":12,\"response\":{\"choices\":\"no\"}"),
                spendLog("\"2026-04-01 00:00:00\"", "null", ",\"metadata\":\"{not json\"")),
                spendLog("\"yesterday\"", "\"" + ACCOUNT + "\"", ""), true);
    }
}
