package org.archivist.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A file was accepted by ingest-service and stored. Keyed by {@code documentId}.
 *
 * @param content the original bytes when small enough to travel in the event (base64 on the wire);
 *                {@code null} when the consumer must fetch them from ingest-service by id
 * @param metadata what the uploader said about the source (added in 1.1; absent in older events)
 */
public record DocumentReceived(
        UUID eventId,
        int schemaVersion,
        UUID documentId,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        Instant receivedAt,
        byte[] content,
        SourceMetadata metadata) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentReceived {
        metadata = metadata == null ? SourceMetadata.NONE : metadata;
    }

    public boolean contentIncluded() {
        return content != null;
    }
}
