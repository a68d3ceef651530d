package dev.retort.dossier.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: UUIDv5 of a name, so the same case and export give the same ids and peers can
 * de-duplicate. Cyber-observables use the STIX 2.1 SCO namespace as the spec recommends.
 */
final class StixIds {
    static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    static final UUID RETORT_NAMESPACE = UUID.fromString("7f3c2a4e-5b1d-4e8a-9c6f-2d1b0a9e8c7d");

    private StixIds() {}

    static String sdo(String type, String caseId, String name) {
        return type + "--" + v5(RETORT_NAMESPACE, caseId + "|" + type + "|" + name);
    }

    static String sco(String type, String contributingJson) {
        return type + "--" + v5(SCO_NAMESPACE, contributingJson);
    }

    static UUID v5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }
}
