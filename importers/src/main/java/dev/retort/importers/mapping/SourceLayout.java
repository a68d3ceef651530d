package dev.retort.importers.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every saved mapping says about its file, whatever it maps to: CSV or JSON Lines, the delimiter, whether a
 * header names the columns, and how times are written ({@link TimeParser}). Read and written by
 * {@link ColumnMapping} (exchanges) and {@link AccountMapping} (account exports) alike.
 */
record SourceLayout(ColumnMapping.Layout layout, char delimiter, boolean header, String timeFormat, ZoneId zone) {

    /** The keys {@link #read} understands, beside {@code version}, {@code kind}, {@code name} and {@code columns}. */
    static final List<String> KEYS = List.of("layout", "delimiter", "header", "time");

    SourceLayout {
        timeFormat = timeFormat == null || timeFormat.isBlank() ? TimeParser.AUTO : timeFormat;
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    static SourceLayout read(JsonNode root) {
        String layoutText = root.path("layout").asText("csv").toUpperCase(Locale.ROOT);
        ColumnMapping.Layout layout;
        try {
            layout = ColumnMapping.Layout.valueOf(layoutText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown layout '" + layoutText.toLowerCase(Locale.ROOT)
                    + "' (expected csv or jsonl)");
        }
        String delim = root.path("delimiter").asText(",");
        if (delim.equals("\\t") || delim.equalsIgnoreCase("tab")) {
            delim = "\t";
        }
        if (delim.length() != 1) {
            throw new IllegalArgumentException("delimiter must be one character, not '" + delim + "'");
        }
        String zoneText = root.path("time").path("zone").asText("UTC");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zoneText + "'");
        }
        return new SourceLayout(layout, delim.charAt(0), root.path("header").asBoolean(true),
                root.path("time").path("format").asText(TimeParser.AUTO), zone);
    }

    void write(ObjectNode root) {
        root.put("layout", layout.name().toLowerCase(Locale.ROOT));
        if (layout == ColumnMapping.Layout.CSV) {
            root.put("delimiter", String.valueOf(delimiter));
            root.put("header", header);
        }
        ObjectNode time = root.putObject("time");
        time.put("format", timeFormat);
        time.put("zone", zone.getId());
    }

    /** What in the layout stops a mapping from importing anything; empty when it is usable. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        try {
            time();
        } catch (IllegalArgumentException e) {
            out.add("time format '" + timeFormat + "' is not a valid pattern: " + e.getMessage());
        }
        if (layout == ColumnMapping.Layout.CSV && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            out.add("the delimiter cannot be a quote or a line break");
        }
        return out;
    }

    TimeParser time() {
        return new TimeParser(timeFormat, zone);
    }
}
