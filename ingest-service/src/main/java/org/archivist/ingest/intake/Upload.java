package org.archivist.ingest.intake;

import java.util.Set;

/**
 * A file that passed the intake checks: not empty, within the size limit, and of a kind the archive
 * reads, as found from its bytes.
 *
 * @param fileName  the name the uploader's client gave, possibly with a path, possibly absent
 * @param mediaType the type detected from the bytes (Apache Tika), not the one the client claimed
 */
public record Upload(String fileName, String mediaType, byte[] bytes) {

    /** What enrich-service can read. A ZIP is not among them: it is unpacked into its files first. */
    public static final Set<String> SUPPORTED_TYPES = Set.of(
            "text/plain",
            "text/html",
            "application/xhtml+xml",
            "text/x-web-markdown",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/epub+zip",
            "application/rtf");

    public static final String ZIP = "application/zip";

    /**
     * Checks a file as it arrived; {@link InvalidUpload} says what is wrong with it. A name with folders keeps
     * its last part (browsers send some with a path), but one that climbs out of its folder ("..") or holds
     * control characters is refused: no client sends such a name in good faith.
     */
    public static Upload check(String fileName, byte[] bytes, long maxFileBytes) {
        if (fileName != null && (fileName.chars().anyMatch(Character::isISOControl)
                || java.util.Arrays.asList(fileName.split("[/\\\\]")).contains(".."))) {
            throw new InvalidUpload(InvalidUpload.Kind.INVALID_FILE_NAME, "The file name '"
                    + FileFacts.cleanFileName(fileName) + "' as sent climbs out of its folder or holds control"
                    + " characters; send the file under its own plain name.");
        }
        String name = fileName == null ? "" : "'" + FileFacts.cleanFileName(fileName) + "' ";
        if (bytes == null || bytes.length == 0) {
            throw new InvalidUpload(InvalidUpload.Kind.EMPTY_FILE, "The file " + name + "is empty: nothing to archive.");
        }
        if (bytes.length > maxFileBytes) {
            throw new InvalidUpload(InvalidUpload.Kind.FILE_TOO_LARGE, "The file " + name + "has " + bytes.length
                    + " bytes; the limit per file is " + maxFileBytes + ".");
        }
        return new Upload(fileName, FileFacts.detectMediaType(bytes, fileName), bytes);
    }

    public boolean isZip() {
        return ZIP.equals(mediaType);
    }

    /** Fails with 415 naming the detected type unless the archive reads this kind of file. */
    public Upload requireSupported() {
        if (!SUPPORTED_TYPES.contains(mediaType)) {
            throw new InvalidUpload(InvalidUpload.Kind.UNSUPPORTED_TYPE, "'" + FileFacts.cleanFileName(fileName)
                    + "' is " + mediaType + " (detected from its bytes); the archive takes plain text, HTML,"
                    + " Markdown, PDF, Word, ODT, EPUB and RTF files, and ZIP archives of them.");
        }
        return this;
    }
}
