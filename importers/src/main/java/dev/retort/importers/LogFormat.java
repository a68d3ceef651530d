package dev.retort.importers;

import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;

/**
 * One supported log format. Implementations stream: they never hold a whole file in memory.
 */
public interface LogFormat {

    /** Stable identifier used by {@code --format} and stored in the case ("litellm", "otlp", "nginx", ...). */
    String id();

    /** What an analyst would call it, for messages: "LiteLLM spend log (JSONL)". */
    String description();

    /**
     * How sure this format is that a file starting with {@code head} (its first few KB, decompressed, as UTF-8)
     * is its own: 0 means no, 1 means certain. The importer picks the most confident format.
     */
    double sniff(String head);

    /**
     * Reads the whole stream, sending every record or quarantined line to {@code sink}. Progress is reported in
     * bytes read where the caller can count them; parsers check {@link Progress#isCancelled()} between records.
     */
    void parse(InputStream in, RecordSink sink, Progress progress) throws IOException;

    /**
     * Why a file starting with {@code head} cannot be imported with this format at all (a saved mapping names columns
     * its header lacks), or null. Asked before the file is imported, so a refused file leaves nothing in the case.
     */
    default String refusal(String head) {
        return null;
    }
}
