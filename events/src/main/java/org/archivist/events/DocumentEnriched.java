package org.archivist.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The text and structure that enrich-service found in a received document. Keyed by {@code documentId}.
 *
 * @param enrichmentVersion grows with each enrichment of the same document, so that an older event
 *                          never replaces a newer one downstream
 * @param metadata          what the uploader said about the source, passed on (added in 1.1)
 * @param citation          the source citation found in the text, or null (added in 1.2); the uploader's
 *                          metadata wins where both say something, and both are kept
 * @param text              the document's text, with the markers of the linked footnotes taken out
 * @param footnotes         the notes and where their markers stood in {@code text} (added in 1.2)
 * @param signatories       the names the text is signed with, and their places (added in 1.2)
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
        String text,
        SourceMetadata metadata,
        SourceCitation citation,
        List<Footnote> footnotes,
        List<Signatory> signatories) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentEnriched {
        metadata = metadata == null ? SourceMetadata.NONE : metadata;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }
}
