package org.archivist.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The text and structure that enrich-service found in a received document. Keyed by {@code documentId}.
 *
 * @param enrichmentVersion grows with each enrichment of the same document, so that an older event
 *                          never replaces a newer one downstream
 */
public record DocumentEnriched(
        UUID eventId,
        int schemaVersion,
        UUID documentId,
        String fileName,
        String mediaType,
        String sha256,
        Instant receivedAt,
        Instant enrichedAt,
        long enrichmentVersion,
        String title,
        String text) {

    public static final int SCHEMA_VERSION = 1;
}
