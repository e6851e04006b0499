package org.archivist.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The authority file changed (an editor's edit, or a new entity or variant that enrichment found), and these
 * documents mention what changed: ingest-service sends them down the pipeline again so that they are linked
 * anew. Keyed by the authority version. A change that affects many documents comes as several events with
 * the same version.
 *
 * @param authorityVersion the version the change made
 * @param action           what changed, e.g. {@code variant-added}, {@code entities-merged}
 * @param documentIds      the documents to enrich again
 */
public record AuthorityChanged(
        UUID eventId,
        int schemaVersion,
        long authorityVersion,
        String action,
        List<UUID> documentIds,
        Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;

    public AuthorityChanged {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
