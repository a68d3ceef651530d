package dev.retort.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Bedrock model invocation logs (Converse) and, in a second file, the CloudTrail record of the same call: the
 * invocation log has the identity ARN, model, text and tokens; CloudTrail adds the source address, user agent and
 * access key. They join on {@code requestId} == {@code requestID}. The IAM user name is the account id.
 */
final class BedrockWriter extends RecordWriter {

    private int invocations;
    private int trail;

    @Override
    void openFiles(Path dir, LocalDate day, boolean gzip) throws IOException {
        invocations = file(dir.resolve(Format.BEDROCK.fileName(day, gzip)), gzip);
        trail = file(dir.resolve(Format.dayFile("cloudtrail", "jsonl", day, gzip)), gzip);
    }

    @Override
    void write(Call c) throws IOException {
        Account a = c.account;
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append("{\"schemaType\":\"ModelInvocationLog\",\"schemaVersion\":\"1.0\",\"timestamp\":\"");
        text.isoSeconds(sb, c.ts);
        sb.append("\",\"accountId\":\"").append(a.awsAccount).append("\",\"identity\":{\"arn\":\"arn:aws:iam::")
                .append(a.awsAccount).append(":user/").append(a.id).append("\"},\"region\":\"us-east-1\",\"requestId\":\"");
        Rng.appendUuid(sb, c.idHi, c.idLo);
        sb.append("\",\"operation\":\"Converse\",\"modelId\":");
        Text.json(sb, c.model);
        sb.append(",\"input\":{\"inputContentType\":\"application/json\",\"inputBodyJson\":{\"messages\":[{\"role\":")
                .append("\"user\",\"content\":[{\"text\":");
        Text.json(sb, c.prompt);
        sb.append("}]}],\"inferenceConfig\":{\"maxTokens\":4096,\"temperature\":0.7}},\"inputTokenCount\":")
                .append(c.tokensIn).append("},\"output\":{\"outputContentType\":\"application/json\",")
                .append("\"outputBodyJson\":{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":");
        Text.json(sb, c.response);
        sb.append("}]}},\"stopReason\":\"").append(c.ok() ? "end_turn" : "error")
                .append("\",\"metrics\":{\"latencyMs\":").append(c.latencyMs)
                .append("},\"usage\":{\"inputTokens\":").append(c.tokensIn).append(",\"outputTokens\":")
                .append(c.tokensOut).append(",\"totalTokens\":").append(c.tokensIn + c.tokensOut)
                .append("}},\"outputTokenCount\":").append(c.tokensOut).append("}}");
        emit(invocations, sb);

        sb.setLength(0);
        sb.append("{\"eventVersion\":\"1.10\",\"userIdentity\":{\"type\":\"IAMUser\",\"principalId\":\"AIDA");
        base32(sb, Rng.mix(a.index + 0x77L), 16);
        sb.append("\",\"arn\":\"arn:aws:iam::").append(a.awsAccount).append(":user/").append(a.id)
                .append("\",\"accountId\":\"").append(a.awsAccount).append("\",\"accessKeyId\":\"AKIA");
        base32(sb, c.key.hashCode() * 0x9E3779B97F4A7C15L, 16);
        sb.append("\",\"userName\":\"").append(a.id).append("\"},\"eventTime\":\"");
        text.isoSeconds(sb, c.ts);
        sb.append("\",\"eventSource\":\"bedrock.amazonaws.com\",\"eventName\":\"Converse\",\"awsRegion\":\"us-east-1\",")
                .append("\"sourceIPAddress\":");
        Text.json(sb, c.ip);
        sb.append(",\"userAgent\":");
        Text.json(sb, a.userAgent);
        if (!c.ok()) {
            sb.append(",\"errorCode\":\"").append(c.status == 429 ? "ThrottlingException" : "InternalServerException")
                    .append('"');
        }
        sb.append(",\"requestParameters\":{\"modelId\":");
        Text.json(sb, c.model);
        sb.append("},\"responseElements\":null,\"requestID\":\"");
        Rng.appendUuid(sb, c.idHi, c.idLo);
        sb.append("\",\"eventID\":\"");
        Rng.appendUuid(sb, c.spanId, Rng.mix(c.idLo));
        sb.append("\",\"readOnly\":true,\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"").append(a.awsAccount)
                .append("\",\"eventCategory\":\"Management\",\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",")
                .append("\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\",")
                .append("\"clientProvidedHostHeader\":\"bedrock-runtime.us-east-1.amazonaws.com\"}}");
        emit(trail, sb);
    }

    private static final char[] B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private static void base32(StringBuilder sb, long v, int chars) {
        long x = Rng.mix(v);
        for (int i = 0; i < chars; i++) {
            sb.append(B32[(int) (x & 31)]);
            x >>>= 5;
            if (i == 11) {
                x = Rng.mix(v + 1);
            }
        }
    }
}
