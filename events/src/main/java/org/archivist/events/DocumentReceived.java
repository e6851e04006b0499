package org.archivist.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A file was accepted by ingest-service and stored. Keyed by {@code documentId}.
 *
 * @param content the original bytes when small enough to travel in the event (base64 on the wire);
 *                {@code null} when the consumer must fetch them from ingest-service by id
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
        byte[] content) {

    public static final int SCHEMA_VERSION = 1;

    public boolean contentIncluded() {
        return content != null;
    }
}
