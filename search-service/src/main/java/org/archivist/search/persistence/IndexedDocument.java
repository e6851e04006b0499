package org.archivist.search.persistence;

import java.time.Instant;
import org.archivist.events.DocumentEnriched;

/** A document as stored in Elasticsearch; its fields are those of the explicit mapping in {@link ArchiveIndex}. */
public record IndexedDocument(
        String id,
        String title,
        String text,
        String fileName,
        String mediaType,
        String sha256,
        Instant receivedAt,
        Instant enrichedAt,
        long enrichmentVersion) {

    public static IndexedDocument of(DocumentEnriched event) {
        return new IndexedDocument(event.documentId().toString(), event.title(), event.text(), event.fileName(),
                event.mediaType(), event.sha256(), event.receivedAt(), event.enrichedAt(), event.enrichmentVersion());
    }
}
