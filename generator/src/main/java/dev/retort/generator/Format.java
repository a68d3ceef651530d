package dev.retort.generator;

import java.time.LocalDate;
import java.util.Locale;

/** The real log formats the generator writes, one file per UTC day. */
public enum Format {
    /** LiteLLM proxy spend-log rows, one JSON object per line. */
    LITELLM("litellm", "jsonl"),
    /** OTLP/JSON: one ExportTraceServiceRequest per line with gen_ai.* span attributes. */
    OTLP("otlp", "jsonl"),
    /** Bedrock model invocation logs plus the matching CloudTrail records (a second file per day). */
    BEDROCK("bedrock", "jsonl"),
    /** nginx combined access log of the API gateway. */
    NGINX("nginx", "log"),
    /** The CSV importer's default columns. */
    CSV("csv", "csv");

    private final String prefix;
    private final String extension;

    Format(String prefix, String extension) {
        this.prefix = prefix;
        this.extension = extension;
    }

    /** The lower-case name used on the command line and in file names. */
    public String id() {
        return prefix;
    }

    /** {@code <format>-YYYY-MM-DD.<ext>[.gz]}. */
    public String fileName(LocalDate day, boolean gzip) {
        return dayFile(prefix, extension, day, gzip);
    }

    static String dayFile(String prefix, String extension, LocalDate day, boolean gzip) {
        return prefix + "-" + day + "." + extension + (gzip ? ".gz" : "");
    }

    /** Parses a format name case-insensitively. */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.prefix.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected litellm, otlp, bedrock, nginx or csv)");
    }
}
