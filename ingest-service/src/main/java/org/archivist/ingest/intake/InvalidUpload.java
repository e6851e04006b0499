package org.archivist.ingest.intake;

/** An upload that cannot be accepted, with a kind that stays stable for clients. */
public class InvalidUpload extends RuntimeException {

    public enum Kind {
        EMPTY_FILE("empty-file", "Empty file"),
        MISSING_FILE("missing-file", "No file in the request");

        public final String slug;
        public final String title;

        Kind(String slug, String title) {
            this.slug = slug;
            this.title = title;
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
