package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dossier.bundle.VerifyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort verify}: an intact bundle passes; a flipped byte, a removed or an added file is named. */
class VerifyTest {
    @TempDir
    static Path exported;
    static ExportFixture fixture;

    @TempDir
    Path work;
    Path bundle;

    @BeforeAll
    static void export() throws Exception {
        fixture = ExportFixture.export(exported, RedactionProfile.LEGAL);
    }

    @BeforeEach
    void copy() throws IOException {
        bundle = work.resolve("copy");
        Files.createDirectories(bundle);
        try (Stream<Path> files = Files.list(fixture.out)) {
            for (Path p : files.toList()) {
                Files.copy(p, bundle.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    @Test
    void anUntouchedBundleVerifies() {
        VerifyReport r = DossierService.verify(bundle, fixture.result.keyFingerprint());
        assertTrue(r.intact(), r.toString());
        assertEquals(fixture.result.files().size(), r.filesChecked());
    }

    @Test
    void aFlippedByteNamesTheChangedFile() throws IOException {
        Path pdf = bundle.resolve("dossier.pdf");
        byte[] b = Files.readAllBytes(pdf);
        b[b.length / 2] ^= 0x01;
        Files.write(pdf, b);
        VerifyReport r = DossierService.verify(bundle, null);
        assertFalse(r.intact());
        assertTrue(r.signatureValid(), "the manifest itself is untouched");
        assertEquals(List.of("dossier.pdf"), r.changed());
    }

    @Test
    void aRemovedFileIsNamed() throws IOException {
        Files.delete(bundle.resolve("exchanges.csv"));
        VerifyReport r = DossierService.verify(bundle, null);
        assertFalse(r.intact());
        assertEquals(List.of("exchanges.csv"), r.removed());
    }

    @Test
    void anAddedFileIsNamed() throws IOException {
        Files.writeString(bundle.resolve("extra-findings.csv"), "account\nacct-x\n");
        VerifyReport r = DossierService.verify(bundle, null);
        assertFalse(r.intact());
        assertEquals(List.of("extra-findings.csv"), r.added());
    }

    @Test
    void anEditedManifestBreaksTheSignature() throws IOException {
        Path m = bundle.resolve("manifest.json");
        Files.writeString(m, Files.readString(m, StandardCharsets.UTF_8).replace("\"legal\"", "\"briefing\""),
                StandardCharsets.UTF_8);
        VerifyReport r = DossierService.verify(bundle, null);
        assertFalse(r.signatureValid());
        assertFalse(r.intact());
    }

    @Test
    void aBundleSignedByAnotherKeyThanExpectedIsRejected() {
        VerifyReport r = DossierService.verify(bundle, "sha256:" + "0".repeat(64));
        assertTrue(r.signatureValid());
        assertFalse(r.intact());
    }

    @Test
    void theSameKeyIsReusedForTheNextExport() {
        assertTrue(Files.exists(exported.resolve("home").resolve("keys").resolve("dossier-ed25519.key")));
        assertTrue(fixture.result.keyGenerated());
    }
}
