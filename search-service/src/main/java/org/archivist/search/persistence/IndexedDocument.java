package org.archivist.search.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.SourceCitation;
import org.archivist.events.SourceMetadata;

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
        long enrichmentVersion,
        String periodical,
        LocalDate issueDate,
        String sourceUrl,
        String language,
        String collection,
        List<String> tags) {

    /** What the uploader said wins; where it said nothing, the citation found in the text counts. */
    public static IndexedDocument of(DocumentEnriched event) {
        SourceMetadata m = event.metadata();
        SourceCitation c = event.citation();
        return new IndexedDocument(event.documentId().toString(), event.title(), event.text(), event.fileName(),
                event.mediaType(), event.sha256(), event.receivedAt(), event.enrichedAt(), event.enrichmentVersion(),
                m.periodical() != null || c == null ? m.periodical() : c.periodical(),
                m.issueDate() != null || c == null ? m.issueDate() : c.issueDate(),
                m.sourceUrl(), m.language(), m.collection(), m.tags());
    }
}
