package org.archivist.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A stage could not process a document; the event goes to that stage's dead-letter topic.
 *
 * @param stage  which service gave up, e.g. {@code enrich} or {@code index}
 * @param reason what went wrong, in words an archivist can act on
 */
public record DocumentFailed(
        UUID eventId,
        int schemaVersion,
        UUID documentId,
        String stage,
        String reason,
        Instant failedAt) {

    public static final int SCHEMA_VERSION = 1;
}
