package org.archivist.ingest.intake;

/** An upload that cannot be accepted, with a kind whose slug and HTTP status stay stable for clients. */
public class InvalidUpload extends RuntimeException {

    public enum Kind {
        EMPTY_FILE("empty-file", "Empty file", 400),
        MISSING_FILE("missing-file", "No file in the request", 400),
        INVALID_FILE_NAME("invalid-file-name", "Invalid file name", 400),
        INVALID_METADATA("invalid-metadata", "Invalid metadata", 400),
        MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
        FILE_TOO_LARGE("file-too-large", "File too large", 413),
        REQUEST_TOO_LARGE("request-too-large", "Request too large", 413),
        UNSUPPORTED_TYPE("unsupported-media-type", "Unsupported file type", 415),
        UNSAFE_ARCHIVE("unsafe-archive", "Unsafe ZIP archive", 400),
        ARCHIVE_TOO_LARGE("archive-too-large", "ZIP archive expands too much", 413);

        public final String slug;
        public final String title;
        public final int status;

        Kind(String slug, String title, int status) {
            this.slug = slug;
            this.title = title;
            this.status = status;
        }
    }

    private final Kind kind;

    public InvalidUpload(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
