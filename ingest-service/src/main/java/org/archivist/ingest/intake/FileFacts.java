package org.archivist.ingest.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.Tika;

/** What the archive records of a file's bytes: its fingerprint, a safe name and its real media type. */
public final class FileFacts {

    private static final Tika TIKA = new Tika();
    private static final int MAX_NAME_LENGTH = 255;

    private FileFacts() {
    }

    /** Lower-case hex SHA-256 of the bytes: the identity of the content. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The last path segment of a client-supplied name, without control characters, at most 255
     * characters; {@code "upload"} when nothing usable is left.
     */
    public static String cleanFileName(String name) {
        if (name == null) {
            return "upload";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return "upload";
        }
        return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH) : clean;
    }

    /** The media type found from the bytes (Tika's magic), with the name only as a tie-breaker. */
    public static String detectMediaType(byte[] bytes, String fileName) {
        return TIKA.detect(bytes, fileName);
    }
}
