package dev.retort.dossier.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks an exported bundle: the manifest's signature against the public key it carries (and, when given, against
 * the fingerprint the recipient expects), then every listed file's SHA-256, then that no file was added.
 */
public final class BundleVerifier {
    private BundleVerifier() {}

    public static VerifyReport verify(Path dir, String expectedFingerprint) {
        List<String> problems = new ArrayList<>();
        Path manifestFile = dir.resolve(Manifest.FILE);
        Path sigFile = dir.resolve(Manifest.SIGNATURE_FILE);
        if (!Files.isDirectory(dir)) {
            return failed("no such directory: " + dir);
        }
        if (!Files.isRegularFile(manifestFile)) {
            return failed("no " + Manifest.FILE + " in " + dir);
        }
        byte[] manifestBytes;
        Manifest.Body body;
        try {
            manifestBytes = Files.readAllBytes(manifestFile);
            body = Manifest.JSON.readValue(manifestBytes, Manifest.Body.class);
        } catch (IOException e) {
            return failed(Manifest.FILE + " is unreadable: " + e.getMessage());
        }
        boolean signatureValid = false;
        String fingerprint = null;
        try {
            PublicKey key = AnalystKey.parsePublic(body.signer().publicKey());
            fingerprint = AnalystKey.fingerprint(key);
            if (!Files.isRegularFile(sigFile)) {
                problems.add("no " + Manifest.SIGNATURE_FILE + ": the manifest is unsigned");
            } else {
                byte[] sig = Base64.getDecoder().decode(Files.readString(sigFile, StandardCharsets.US_ASCII).strip());
                Signature s = Signature.getInstance(AnalystKey.ALGORITHM);
                s.initVerify(key);
                s.update(manifestBytes);
                signatureValid = s.verify(sig);
                if (!signatureValid) {
                    problems.add("the signature does not match " + Manifest.FILE);
                }
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            problems.add("the signature cannot be checked: " + e.getMessage());
        }
        if (expectedFingerprint != null && fingerprint != null && !expectedFingerprint.equals(fingerprint)) {
            problems.add("signed by key " + fingerprint + ", not the expected " + expectedFingerprint);
        }

        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, Manifest.Entry> listed = new HashMap<>();
        for (Manifest.Entry e : body.files()) {
            listed.put(e.path(), e);
            Path p = dir.resolve(e.path()).normalize();
            if (!p.startsWith(dir.normalize())) {
                problems.add("the manifest names a file outside the bundle: " + e.path());
            } else if (!Files.isRegularFile(p)) {
                removed.add(e.path());
            } else if (!Manifest.sha256(p).equals(e.sha256())) {
                changed.add(e.path());
            }
        }
        List<String> added = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(Manifest.FILE) && !p.equals(Manifest.SIGNATURE_FILE))
                    .filter(p -> !listed.containsKey(p)).sorted().forEach(added::add);
        } catch (IOException e) {
            problems.add("cannot list " + dir + ": " + e.getMessage());
        }
        return new VerifyReport(signatureValid, fingerprint, body.files().size(), changed, removed, added, problems);
    }

    private static VerifyReport failed(String problem) {
        return new VerifyReport(false, null, 0, List.of(), List.of(), List.of(), List.of(problem));
    }
}
