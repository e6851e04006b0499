package org.archivist.ingest.rest;

import java.time.Instant;
import java.util.UUID;
import org.archivist.ingest.persistence.StoredDocument;

/** What the archive stored of an uploaded file. */
public record DocumentView(UUID id, String fileName, String mediaType, long size, String sha256,
        Instant receivedAt, String contentUrl) {

    static DocumentView of(StoredDocument document) {
        return new DocumentView(document.id, document.fileName, document.mediaType, document.size,
                document.sha256, document.receivedAt, "/api/documents/" + document.id + "/content");
    }
}
