package dev.retort.importers.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.bedrock.Arns;
import dev.retort.importers.bedrock.BedrockFormat;
import dev.retort.importers.json.JsonRecordFormat;
import dev.retort.importers.json.JsonValues;
import dev.retort.store.ingest.Exchange;
import dev.retort.store.task.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Supplier;

/**
 * AWS CloudTrail records of Bedrock runtime calls: one record per line, or a {@code {"Records":[...]}} file as
 * CloudTrail delivers to S3 (streamed record by record, see {@link RecordsStream}). Each call becomes an exchange with no text or tokens but with the network identity
 * the invocation log lacks (source IP, user agent, access key); the pipeline merges it with the Bedrock record of
 * the same {@code requestID}. Records of other services or other Bedrock actions are quarantined with the reason.
 */
public final class CloudTrailFormat extends JsonRecordFormat {

    /** Bedrock runtime actions that are model invocations. */
    static final Set<String> INVOCATIONS = Set.of("InvokeModel", "InvokeModelWithResponseStream", "Converse",
            "ConverseStream", "InvokeModelWithBidirectionalStream");

    @Override
    public String id() {
        return "cloudtrail";
    }

    @Override
    public String description() {
        return "AWS CloudTrail records of Bedrock calls (JSON)";
    }

    @Override
    public double sniff(String head) {
        if (!startsWithObject(head)) {
            return 0;
        }
        boolean trail = head.contains("\"eventSource\"") && head.contains("\"eventTime\"");
        if (!trail) {
            return 0;
        }
        return head.contains("bedrock.amazonaws.com") ? 0.95 : 0.6;
    }

    @Override
    public void parse(InputStream in, RecordSink sink, Progress progress) throws IOException {
        BufferedInputStream buf = new BufferedInputStream(in, 1 << 16);
        buf.mark(512);
        byte[] head = buf.readNBytes(512);
        buf.reset();
        if (RecordsStream.startsDelivery(head, head.length)) {
            RecordsStream.read(buf, sink, progress, description(), (line, r, s) -> one(line, r, r::toString, s));
        } else {
            super.parse(buf, sink, progress);
        }
    }

    @Override
    protected void record(long line, JsonNode node, Supplier<String> raw, RecordSink sink) {
        JsonNode records = node.get("Records");
        if (records != null && records.isArray()) {
            for (JsonNode r : records) {
                one(line, r, r::toString, sink);
            }
            return;
        }
        one(line, node, raw, sink);
    }

    private void one(long line, JsonNode r, Supplier<String> raw, RecordSink sink) {
        if (!r.isObject()) {
            sink.quarantine(line, "CloudTrail record is not a JSON object", preview(raw.get()));
            return;
        }
        String source = JsonValues.text(r.get("eventSource"));
        String name = JsonValues.text(r.get("eventName"));
        if (source == null) {
            sink.quarantine(line, "no eventSource: not a CloudTrail record", preview(raw.get()));
            return;
        }
        if (!source.equals("bedrock.amazonaws.com") || name == null || !INVOCATIONS.contains(name)) {
            sink.quarantine(line, "not a Bedrock model invocation (" + source + " " + name + ")", preview(raw.get()));
            return;
        }
        JsonNode whenNode = r.get("eventTime");
        String when = whenNode == null || whenNode.isNull() ? null : whenNode.isTextual() ? whenNode.asText()
                : whenNode.toString();
        long ts = BedrockFormat.isoMillis(when);
        if (ts < 0) {
            sink.quarantine(line, when == null ? "no eventTime" : "bad eventTime '" + when + "'", preview(raw.get()));
            return;
        }
        JsonNode who = r.path("userIdentity");
        String ip = JsonValues.text(r.get("sourceIPAddress"));
        if (ip != null && ip.endsWith(".amazonaws.com")) {
            ip = null; // a service principal calling on the user's behalf, not a network address
        }
        String model = Arns.model(JsonValues.text(r.path("requestParameters").get("modelId")));
        sink.exchange(new Exchange(line, ts, JsonValues.text(r.get("requestID")), Arns.account(
                JsonValues.text(who.get("arn"))), JsonValues.text(who.get("accessKeyId")), ip,
                JsonValues.text(r.get("userAgent")), model, -1, -1, Arns.status(JsonValues.text(r.get("errorCode"))),
                -1, null, null));
    }
}
