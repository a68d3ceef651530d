package dev.retort.importers.cloudtrail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.importers.RecordSink;
import dev.retort.importers.io.Json;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Streams a CloudTrail delivery file, {@code {"Records":[...]}}, one record at a time, whatever the length of its
 * one line: S3 delivery files of a busy account run past the line reader's 8 MB cap, and holding the whole document
 * as a tree would cost its size several times over. Each record still passes Jackson's limits (string length,
 * nesting). Root values after the first are read the same way, so concatenated deliveries work too.
 */
final class RecordsStream {

    /** What a delivery file starts with (after an optional byte-order mark). */
    private static final Pattern START = Pattern.compile("^(\u00EF\u00BB\u00BF)?\\s*\\{\\s*\"Records\"\\s*:\\s*\\[");

    interface Handler {
        void record(long line, JsonNode record, RecordSink sink);
    }

    private RecordsStream() {
    }

    /** True when {@code head}, the first bytes of the file, open a {@code {"Records":[} document. */
    static boolean startsDelivery(byte[] head, int length) {
        return START.matcher(new String(head, 0, length, StandardCharsets.ISO_8859_1)).find();
    }

    static void read(InputStream in, RecordSink sink, Progress progress, String what, Handler handler)
            throws IOException {
        long records = 0;
        JsonParser p = Json.FACTORY.createParser(in);
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        try {
            JsonToken root;
            while ((root = p.nextToken()) != null) {
                long line = p.currentTokenLocation().getLineNr();
                if (root != JsonToken.START_OBJECT) {
                    JsonNode v = Json.MAPPER.readTree(p);
                    sink.quarantine(line, "CloudTrail file holds a " + root + " where an object belongs",
                            v == null ? "" : clip(v.toString()));
                    continue;
                }
                ObjectNode rest = Json.MAPPER.createObjectNode();
                boolean delivery = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("Records") && value == JsonToken.START_ARRAY) {
                        delivery = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            long at = p.currentTokenLocation().getLineNr();
                            handler.record(at, Json.MAPPER.readTree(p), sink);
                            if (++records % 1024 == 0) {
                                progress.update(p.currentLocation().getByteOffset(), -1, what);
                                if (progress.isCancelled()) {
                                    throw new CancelledException("Reading " + what);
                                }
                            }
                        }
                    } else {
                        rest.set(name, Json.MAPPER.readTree(p));
                    }
                }
                if (!delivery) {
                    handler.record(line, rest, sink); // a root object that is one record (or is quarantined as such)
                } else if (!rest.isEmpty()) {
                    sink.quarantine(line, "fields " + fieldNames(rest) + " beside the Records list ignored",
                            clip(rest.toString()));
                }
            }
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? p.currentLocation().getLineNr() : at.getLineNr();
            String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            int nl = m.indexOf('\n');
            sink.quarantine(line, "bad JSON in a CloudTrail Records file after " + records + " record(s): "
                    + (nl > 0 ? m.substring(0, nl) : m) + "; the rest of the file cannot be read", "");
        }
        progress.update(p.currentLocation().getByteOffset(), -1, what);
    }

    private static String fieldNames(ObjectNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
        return "[" + sb + "]";
    }

    private static String clip(String s) {
        return s.length() > 4096 ? s.substring(0, 4096) : s;
    }
}
