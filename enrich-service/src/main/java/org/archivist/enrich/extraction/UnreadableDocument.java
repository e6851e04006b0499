package org.archivist.enrich.extraction;

/** A file whose text cannot be extracted (corrupt, encrypted, or of a kind no parser reads). */
public class UnreadableDocument extends RuntimeException {

    public UnreadableDocument(String message, Throwable cause) {
        super(message, cause);
    }
}
