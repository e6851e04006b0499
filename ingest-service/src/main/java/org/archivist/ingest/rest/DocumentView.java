package org.archivist.ingest.rest;

import java.time.Instant;
import java.util.UUID;
import org.archivist.events.SourceMetadata;
import org.archivist.ingest.persistence.StoredDocument;

/** What the archive stored of an uploaded file, and where it stands in the pipeline. */
public record DocumentView(UUID id, String fileName, String mediaType, long size, String sha256,
        Instant receivedAt, String status, String statusReason, Instant statusChangedAt, SourceMetadata metadata,
        String contentUrl) {

    static DocumentView of(StoredDocument document) {
        return new DocumentView(document.id, document.fileName, document.mediaType, document.size,
                document.sha256, document.receivedAt, document.status, document.statusReason,
                document.statusChangedAt, document.metadata(), "/api/documents/" + document.id + "/content");
    }
}
