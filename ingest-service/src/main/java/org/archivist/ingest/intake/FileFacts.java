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

    /**
     * The media type found from the bytes (Tika's magic and container detectors), with the name only as a
     * tie-breaker. Text in a single-byte encoding other than Latin-1 (KOI8-R, windows-1251, ISO-8859-2)
     * looks binary to Tika's statistics; bytes without NULs and with hardly any control characters are text.
     */
    public static String detectMediaType(byte[] bytes, String fileName) {
        String detected = TIKA.detect(bytes, fileName);
        return "application/octet-stream".equals(detected) && looksLikeText(bytes) ? "text/plain" : detected;
    }

    static boolean looksLikeText(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++;
            }
        }
        return sample > 0 && controls * 100 <= sample;
    }
}
