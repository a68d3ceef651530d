package dev.retort.dossier.bundle;

import dev.retort.dossier.DossierException;
import dev.retort.store.RetortHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The analyst's Ed25519 signing key (JDK 17's built-in EdDSA), kept under the Retort home
 * ({@code ~/.retort/keys}, or {@code -Dretort.home=DIR}) and generated on first use. The private key file is
 * readable by its owner only where the file system supports POSIX permissions.
 */
public final class AnalystKey {
    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_FILE = "dossier-ed25519.key";
    private static final String PUBLIC_FILE = "dossier-ed25519.pub";

    private final KeyPair pair;
    private final boolean generated;

    private AnalystKey(KeyPair pair, boolean generated) {
        this.pair = pair;
        this.generated = generated;
    }

    /** The Retort home: {@code retort.home} if set, else {@code ~/.retort}. */
    public static Path home() {
        return RetortHome.dir();
    }

    /** Loads the analyst's key from {@code home/keys}, generating and storing one on first use. */
    public static AnalystKey loadOrCreate(Path home) {
        Path dir = home.resolve("keys");
        Path priv = dir.resolve(PRIVATE_FILE);
        Path pub = dir.resolve(PUBLIC_FILE);
        try {
            KeyFactory kf = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(priv) && Files.exists(pub)) {
                PrivateKey p = kf.generatePrivate(new PKCS8EncodedKeySpec(decode(priv)));
                PublicKey q = kf.generatePublic(new X509EncodedKeySpec(decode(pub)));
                return new AnalystKey(new KeyPair(q, p), false);
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(dir);
            write(priv, pair.getPrivate().getEncoded(), true);
            write(pub, pair.getPublic().getEncoded(), false);
            return new AnalystKey(pair, true);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new DossierException("cannot load or create the signing key in " + dir, e);
        }
    }

    /** True when this run generated the key (the CLI says so, once). */
    public boolean generated() {
        return generated;
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    /** The public key as base64 X.509 SubjectPublicKeyInfo, as the manifest carries it. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    public String fingerprint() {
        return fingerprint(pair.getPublic());
    }

    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(pair.getPrivate());
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new DossierException("cannot sign the manifest", e);
        }
    }

    /** "sha256:" and the hex SHA-256 of the encoded public key: what an analyst reads out to a recipient. */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "sha256:" + HexFormat.of().formatHex(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey parsePublic(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getMimeDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    private static void write(Path file, byte[] der, boolean secret) throws IOException {
        Files.writeString(file, Base64.getMimeEncoder().encodeToString(der) + "\n", StandardCharsets.US_ASCII);
        if (secret && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
