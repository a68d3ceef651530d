package dev.retort.views.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.importers.io.CsvRecordReader;
import dev.retort.importers.io.Json;
import dev.retort.importers.io.LineReader;
import dev.retort.importers.mapping.ColumnMapping;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The first rows of a CSV or JSON Lines file, as column name → value, for the column-mapping dialog. JSON objects are
 * flattened to dotted paths ({@code metadata.user_agent}); CSV without a header names columns "1", "2", ...
 */
public record MappingSample(Path file, ColumnMapping.Layout layout, List<String> columns,
                            List<Map<String, String>> rows) {

    public static final int ROWS = 20;

    /** Guesses the layout from the first non-blank character ('{' means JSON Lines). */
    public static MappingSample read(Path file, char delimiter, boolean header) throws IOException {
        try (InputStream in = open(file); LineReader lines = new LineReader(in)) {
            List<String> first = new ArrayList<>();
            if (lines.next()) {
                first.add(lines.text());
            }
            boolean json = !first.isEmpty() && first.get(0).stripLeading().startsWith("{");
            return json ? readJsonl(file) : readCsv(file, delimiter, header);
        }
    }

    static MappingSample readCsv(Path file, char delimiter, boolean header) throws IOException {
        try (InputStream in = open(file); LineReader lines = new LineReader(in)) {
            CsvRecordReader csv = new CsvRecordReader(lines, delimiter);
            List<String> columns = new ArrayList<>();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rows.size() < ROWS && csv.next()) {
                List<String> fields = csv.fields();
                if (columns.isEmpty()) {
                    for (int i = 0; i < fields.size(); i++) {
                        columns.add(header ? fields.get(i) : Integer.toString(i + 1));
                    }
                    if (header) {
                        continue;
                    }
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < fields.size(); i++) {
                    row.put(columns.get(i), fields.get(i));
                }
                rows.add(row);
            }
            return new MappingSample(file, ColumnMapping.Layout.CSV, columns, rows);
        }
    }

    static MappingSample readJsonl(Path file) throws IOException {
        try (InputStream in = open(file); LineReader lines = new LineReader(in)) {
            LinkedHashSet<String> columns = new LinkedHashSet<>();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rows.size() < ROWS && lines.next()) {
                String text = lines.text();
                if (text.isBlank()) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                try {
                    flatten("", Json.MAPPER.readTree(text), row);
                } catch (IOException e) {
                    continue; // a bad line is the importer's to quarantine; the sample just skips it
                }
                columns.addAll(row.keySet());
                rows.add(row);
            }
            return new MappingSample(file, ColumnMapping.Layout.JSONL, List.copyOf(columns), rows);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (!prefix.isEmpty()) {
            out.put(prefix, node.isValueNode() ? node.asText() : node.toString());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
