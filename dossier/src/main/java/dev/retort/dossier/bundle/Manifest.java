package dev.retort.dossier.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.retort.dossier.DossierException;
import dev.retort.dossier.model.DossierDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * manifest.json (every exported file with its SHA-256 and size, the profile and what it removed, who exported,
 * the signer's public key) and manifest.sig (the base64 Ed25519 signature of manifest.json's exact bytes).
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    public static final String SIGNATURE_FILE = "manifest.sig";
    public static final String SCHEMA = "retort-manifest/1";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One exported file. {@code path} is relative to the bundle, with '/' separators. */
    public record Entry(String path, String sha256, long size) {
    }

    public record Signer(String algorithm, String publicKey, String keyFingerprint) {
    }

    public record Body(String schema, String caseId, String caseName, String exportedAt, String exportedBy,
                       String toolVersion, String profile, List<String> redactions, List<Entry> files,
                       Signer signer) {
    }

    private Manifest() {}

    /** Hashes {@code files} (relative to {@code dir}), writes and signs the manifest; returns the body written. */
    public static Body writeSigned(Path dir, List<String> files, DossierDocument doc, AnalystKey key) {
        List<Entry> entries = new ArrayList<>();
        for (String f : files) {
            Path p = dir.resolve(f);
            entries.add(new Entry(f, sha256(p), size(p)));
        }
        entries.sort(Comparator.comparing(Entry::path));
        Body body = new Body(SCHEMA, doc.caseRef().id(), doc.caseRef().name(), doc.export().exportedAt(),
                doc.export().exportedBy(), doc.export().toolVersion(), doc.export().profile(),
                doc.export().redactions(), entries,
                new Signer(AnalystKey.ALGORITHM, key.publicKeyBase64(), key.fingerprint()));
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            Files.write(dir.resolve(FILE), bytes);
            Files.writeString(dir.resolve(SIGNATURE_FILE),
                    Base64.getEncoder().encodeToString(key.sign(bytes)) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new DossierException("cannot write the manifest in " + dir, e);
        }
        return body;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new DossierException("cannot hash " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DossierException("cannot read the size of " + file, e);
        }
    }
}
