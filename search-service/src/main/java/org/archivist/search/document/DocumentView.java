package org.archivist.search.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.archivist.events.Contribution;
import org.archivist.events.DocumentEntity;
import org.archivist.events.EditorialMark;
import org.archivist.events.EntityMention;
import org.archivist.events.Footnote;
import org.archivist.events.Paragraph;
import org.archivist.events.Signatory;
import org.archivist.events.SourceCitation;
import org.archivist.events.SourceMetadata;

/**
 * An enriched document for display: its text, and everything found in it by character offsets into that
 * text (paragraphs, footnote anchors, mentions, editorial marks).
 *
 * @param periodical the periodical as the archive files it: the uploader's, else the citation's
 * @param metadata   what the uploader said, as given
 */
public record DocumentView(
        String id,
        String title,
        String author,
        String headnote,
        String text,
        String periodical,
        LocalDate issueDate,
        String language,
        String collection,
        List<String> tags,
        String sourceUrl,
        SourceMetadata metadata,
        SourceCitation citation,
        Contribution contribution,
        List<Paragraph> paragraphs,
        List<Footnote> footnotes,
        List<Signatory> signatories,
        List<EditorialMark> editorialMarks,
        List<EntityMention> mentions,
        List<DocumentEntity> entities,
        List<String> warnings,
        String fileName,
        String mediaType,
        String sha256,
        Instant receivedAt,
        Instant enrichedAt,
        long enrichmentVersion,
        long authorityVersion) {
}
