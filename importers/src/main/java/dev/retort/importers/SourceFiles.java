package dev.retort.importers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** File-level helpers of the import: expanding directories, gzip, the head used for detection, SHA-256. */
final class SourceFiles {
    static final int HEAD_BYTES = 8 * 1024;

    private SourceFiles() {}

    /** A path named by the user, and whether it was found by walking a directory. */
    record Candidate(Path path, boolean fromDirectory) {
    }

    static List<Candidate> expand(List<Path> paths) throws IOException {
        List<Candidate> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(f -> out.add(new Candidate(f, true)));
                }
            } else {
                out.add(new Candidate(p, false));
            }
        }
        return out;
    }

    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** The decompressed content stream over {@code raw}. */
    static InputStream content(InputStream raw, boolean gzip) throws IOException {
        return gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
    }

    /** The first few KB of content, decoded as UTF-8 (a broken gzip yields what could be read). */
    static String head(Path file, boolean gzip) throws IOException {
        try (InputStream in = content(new BufferedInputStream(Files.newInputStream(file)), gzip)) {
            byte[] buf = new byte[HEAD_BYTES];
            int n = 0;
            try {
                n = in.readNBytes(buf, 0, HEAD_BYTES);
            } catch (IOException e) {
                // keep what was read before the damage
            }
            return new String(buf, 0, n, StandardCharsets.UTF_8);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /**
     * Identifies a file without reading all of it: SHA-256 over its size, its first MB and its last MB. Used to
     * find an earlier import of the same file before the full SHA-256 is known.
     */
    static String quickKey(Path file) throws IOException {
        MessageDigest md = sha256();
        long size = Files.size(file);
        md.update(Long.toString(size).getBytes(StandardCharsets.US_ASCII));
        int part = 1 << 20;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(part);
            readAt(ch, buf, 0);
            md.update(buf.flip());
            if (size > part) {
                buf.clear();
                readAt(ch, buf, Math.max(part, size - part));
                md.update(buf.flip());
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void readAt(java.nio.channels.FileChannel ch, java.nio.ByteBuffer buf, long pos)
            throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
    }

    static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            byte[] buf = new byte[1 << 20];
            while (in.read(buf) >= 0) {
                // digesting
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** True when the head holds nothing but whitespace. */
    static boolean blank(String head) {
        return head.strip().replace("\uFEFF", "").isEmpty();
    }

    /** Text that is mostly control characters or invalid UTF-8 is binary, whatever a format might guess. */
    static boolean looksBinary(String head) {
        if (head.isEmpty()) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                bad++;
            }
        }
        return bad * 10 > head.length();
    }
}
