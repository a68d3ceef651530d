package dev.retort.importers.cloudtrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.golden.ListSink;
import dev.retort.importers.io.LineReader;
import dev.retort.store.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CloudTrail's own S3 delivery file: one {"Records":[...]} document, often a single line of many megabytes. */
class CloudTrailDeliveryFileTest {

    private static String record(int i) {
        return "{\"eventSource\":\"bedrock.amazonaws.com\",\"eventName\":\"Converse\",\"eventTime\":"
                + "\"2026-04-01T00:00:00Z\",\"requestID\":\"r-" + i + "\",\"userIdentity\":{\"arn\":"
                + "\"arn:aws:iam::1:user/acct-" + (i % 7) + "\",\"accessKeyId\":\"AKIA" + i + "\"},"
                + "\"sourceIPAddress\":\"192.0.2." + (i % 250) + "\",\"userAgent\":\"" + "x".repeat(200) + "\"}";
    }

    private static ListSink parse(String text) throws IOException {
        ListSink sink = new ListSink();
        new CloudTrailFormat().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sink,
                Progress.NONE);
        return sink;
    }

    @Test
    void deliveryFileLongerThanTheLineCapIsReadRecordByRecord() throws IOException {
        StringBuilder sb = new StringBuilder("{\"Records\":[");
        int n = 0;
        while (sb.length() <= LineReader.DEFAULT_MAX_LINE_BYTES + 1024) {
            sb.append(n == 0 ? "" : ",").append(record(n++));
        }
        sb.append("]}");
        ListSink sink = parse(sb.toString());
        assertEquals(n, sink.exchanges.size());
        assertEquals(0, sink.quarantined.size());
        assertEquals("r-" + (n - 1), sink.exchanges.get(n - 1).requestId());
        assertEquals(1, sink.exchanges.get(0).line());
    }

    @Test
    void truncatedDeliveryKeepsTheRecordsBeforeTheCut() throws IOException {
        String text = "{\"Records\":[" + record(1) + "," + record(2) + "," + record(3).substring(0, 50);
        ListSink sink = parse(text);
        assertEquals(2, sink.exchanges.size());
        assertEquals(1, sink.quarantined.size());
        assertTrue(sink.quarantined.get(0).reason().contains("after 2 record(s)"), sink.quarantined.get(0).reason());
    }

    @Test
    void prettyPrintedDeliveryGivesEachRecordItsLine() throws IOException {
        String text = "{\n  \"Records\": [\n    " + record(1) + ",\n    " + record(2) + "\n  ]\n}\n";
        ListSink sink = parse(text);
        assertEquals(2, sink.exchanges.size());
        assertEquals(3, sink.exchanges.get(0).line());
        assertEquals(4, sink.exchanges.get(1).line());
    }

    @Test
    void nonObjectsAndForeignEventsInsideRecordsAreQuarantined() throws IOException {
        String s3 = record(9).replace("bedrock.amazonaws.com", "s3.amazonaws.com");
        ListSink sink = parse("{\"Records\":[" + record(1) + ",42," + s3 + "]}");
        assertEquals(1, sink.exchanges.size());
        assertEquals(2, sink.quarantined.size());
    }
}
