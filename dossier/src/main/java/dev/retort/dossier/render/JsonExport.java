package dev.retort.dossier.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.retort.dossier.model.DossierDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** dossier.json: the machine-readable dossier (schema docs/dossier.schema.json). */
public final class JsonExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {}

    public static byte[] bytes(DossierDocument doc) throws IOException {
        return JSON.writeValueAsBytes(doc);
    }

    public static void write(DossierDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, doc);
        }
    }
}
