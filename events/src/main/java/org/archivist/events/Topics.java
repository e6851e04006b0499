package org.archivist.events;

import java.util.List;

/**
 * Kafka topics of the event contract. Services map their channels to these names in
 * application.properties; the launchers create them up front.
 */
public final class Topics {

    public static final String DOCUMENTS_RECEIVED = "archive.documents.received.v1";
    public static final String DOCUMENTS_ENRICHED = "archive.documents.enriched.v1";
    public static final String DOCUMENTS_ENRICH_FAILED = "archive.documents.enrich-failed.v1";
    public static final String DOCUMENTS_INDEX_FAILED = "archive.documents.index-failed.v1";
    public static final String DOCUMENTS_STATUS = "archive.documents.status.v1";
    public static final String AUTHORITY_CHANGED = "archive.authority.changed.v1";

    /**
     * The largest record the archive's topics take ({@code max.message.bytes}, set where they are created):
     * an enriched document carries its whole text. Brokers default to about 1 MB.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    public static final List<String> ALL = List.of(DOCUMENTS_RECEIVED, DOCUMENTS_ENRICHED,
            DOCUMENTS_ENRICH_FAILED, DOCUMENTS_INDEX_FAILED, DOCUMENTS_STATUS, AUTHORITY_CHANGED);

    private Topics() {
    }
}
