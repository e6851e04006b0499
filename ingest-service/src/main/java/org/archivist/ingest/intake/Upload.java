package org.archivist.ingest.intake;

/**
 * A file as it arrived over HTTP, before anything was stored.
 *
 * @param fileName          the name the uploader's client gave, possibly with a path, possibly absent
 * @param declaredMediaType the Content-Type the client claimed for the file, possibly absent
 */
public record Upload(String fileName, String declaredMediaType, byte[] bytes) {

    public Upload {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidUpload(InvalidUpload.Kind.EMPTY_FILE,
                    "The file " + (fileName == null ? "" : "'" + fileName + "' ") + "is empty: nothing to archive.");
        }
    }
}
