package dev.retort.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the first 100 bytes of a file as an SQLite header, without opening it through SQLite.
 * This is how Retort decides whether a file is one of its cases before anything could write to it.
 */
record CaseHeader(boolean isSqlite, int applicationId, int userVersion) {

    /** "RTRT": the SQLite application_id every Retort case carries. */
    static final int RETORT_APPLICATION_ID = 0x52545254;

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;

    static CaseHeader read(Path file) throws IOException {
        byte[] header = new byte[HEADER_SIZE];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(header, 0, HEADER_SIZE);
        }
        if (n < HEADER_SIZE || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new CaseHeader(false, 0, 0);
        }
        ByteBuffer buf = ByteBuffer.wrap(header); // SQLite header integers are big-endian
        return new CaseHeader(true, buf.getInt(68), buf.getInt(60));
    }

    boolean isRetortCase() {
        return isSqlite && applicationId == RETORT_APPLICATION_ID;
    }
}
