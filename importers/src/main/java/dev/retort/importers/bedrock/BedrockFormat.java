package dev.retort.importers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.json.JsonRecordFormat;
import dev.retort.importers.json.JsonValues;
import dev.retort.importers.mapping.TimeParser;
import dev.retort.store.ingest.Exchange;
import java.util.function.Supplier;

/**
 * Amazon Bedrock model invocation logs ({@code schemaType} "ModelInvocationLog"), one record per line as S3
 * delivery writes them. The account is the IAM principal in {@code identity.arn}; the request id joins the record
 * with the CloudTrail record of the same call, which adds IP, user agent and access key (the pipeline merges them,
 * whichever comes first).
 */
public final class BedrockFormat extends JsonRecordFormat {

    @Override
    public String id() {
        return "bedrock";
    }

    @Override
    public String description() {
        return "Amazon Bedrock model invocation log (JSONL)";
    }

    @Override
    public double sniff(String head) {
        if (!startsWithObject(head)) {
            return 0;
        }
        if (head.contains("\"ModelInvocationLog\"")) {
            return 0.98;
        }
        if (head.contains("\"modelId\"") && head.contains("\"identity\"") && head.contains("\"requestId\"")) {
            return 0.7;
        }
        return 0;
    }

    @Override
    protected void record(long line, JsonNode r, Supplier<String> raw, RecordSink sink) {
        if (r.has("Records") && r.get("Records").isArray()) {
            sink.quarantine(line, "a CloudTrail {\"Records\":[...]} file, not a Bedrock invocation log "
                    + "(import it as cloudtrail)", preview(raw.get()));
            return;
        }
        String schema = JsonValues.text(r.get("schemaType"));
        if (schema != null && !schema.equals("ModelInvocationLog")) {
            sink.quarantine(line, "schemaType '" + schema + "' is not ModelInvocationLog", preview(raw.get()));
            return;
        }
        JsonNode whenNode = r.get("timestamp");
        String when = whenNode == null || whenNode.isNull() ? null : whenNode.isTextual() ? whenNode.asText()
                : whenNode.toString();
        long ts = isoMillis(when);
        if (ts < 0) {
            sink.quarantine(line, when == null ? "no timestamp" : "bad timestamp '" + when + "'", preview(raw.get()));
            return;
        }
        String requestId = JsonValues.text(r.get("requestId"));
        String arn = JsonValues.text(r.path("identity").get("arn"));
        if (requestId == null && arn == null) {
            sink.quarantine(line, "neither requestId nor identity.arn: not a Bedrock invocation record",
                    preview(raw.get()));
            return;
        }
        JsonNode input = r.path("input");
        JsonNode output = r.path("output");
        JsonNode outBody = output.path("outputBodyJson");
        int tokensIn = JsonValues.count(input.get("inputTokenCount"));
        int tokensOut = JsonValues.count(output.get("outputTokenCount"));
        if (tokensIn < 0) {
            tokensIn = JsonValues.count(outBody.path("usage").get("inputTokens"));
        }
        if (tokensOut < 0) {
            tokensOut = JsonValues.count(outBody.path("usage").get("outputTokens"));
        }
        int latency = JsonValues.count(outBody.path("metrics").get("latencyMs"));
        if (latency < 0 && outBody.isArray()) {
            latency = Bodies.streamLatency(outBody);
        }
        String errorCode = JsonValues.text(r.get("errorCode"));
        sink.exchange(new Exchange(line, ts, requestId, Arns.account(arn), null, null, null,
                Arns.model(JsonValues.text(r.get("modelId"))), tokensIn, tokensOut, Arns.status(errorCode), latency,
                Bodies.prompt(input.path("inputBodyJson")), Bodies.response(outBody)));
    }

    private static final TimeParser TIMES = TimeParser.auto();

    /**
     * Epoch millis of an ISO-8601 time ("2024-09-05T07:37:51Z"; fractions, offsets and a missing zone, read as UTC,
     * are accepted too), or -1.
     */
    public static long isoMillis(String s) {
        if (s == null || s.isEmpty() || !Character.isDigit(s.charAt(0)) || s.indexOf('-') < 0) {
            return -1; // a bare epoch number is not what AWS writes here: treat it as damage
        }
        return TIMES.millis(s);
    }
}
