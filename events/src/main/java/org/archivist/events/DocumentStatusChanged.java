package org.archivist.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stage finished with a document: enrich reports ENRICHED or FAILED, search reports INDEXED or FAILED.
 * ingest-service keeps the document's status from these. Keyed by {@code documentId}.
 *
 * @param status one of RECEIVED, ENRICHED, INDEXED, FAILED
 * @param stage  the service that reports, e.g. {@code enrich} or {@code search}
 * @param reason why it FAILED, in words an archivist can act on; null otherwise
 * @param warnings what the stage could not do although it went on, e.g. a footnote marker without a note
 *                 (added in 1.1)
 */
public record DocumentStatusChanged(
        UUID eventId,
        int schemaVersion,
        UUID documentId,
        String status,
        String stage,
        String reason,
        Instant occurredAt,
        List<String> warnings) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentStatusChanged {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
