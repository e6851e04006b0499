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
 * @param author            the author line ("The International Group of Communists"), or null (added in 1.3)
 * @param contribution      who put the transcription online and when, or null (added in 1.3)
 * @param headnote          the editor's introduction above the text, or null (added in 1.3)
 * @param paragraphs        every paragraph of {@code text} with its kind, by offsets (added in 1.3)
 * @param editorialMarks    the editor's insertions, omissions and notes, by offsets (added in 1.3)
 * @param warnings          what enrichment could not do with this document, in words (added in 1.3); the
 *                          same warnings go to the document's status
 * @param mentions          the names and dates found in the body, headnote and footnotes, by offsets
 *                          (added in 1.4)
 * @param entities          the persons, places, organisations and periodicals mentioned, one each, with
 *                          their variants and counts (added in 1.4)
 * @param authorityVersion  the version of the authority file the mentions were linked with (added in 1.4);
 *                          0 when no authority file was used
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
        List<Signatory> signatories,
        String author,
        Contribution contribution,
        String headnote,
        List<Paragraph> paragraphs,
        List<EditorialMark> editorialMarks,
        List<String> warnings,
        List<EntityMention> mentions,
        List<DocumentEntity> entities,
        long authorityVersion) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentEnriched {
        metadata = metadata == null ? SourceMetadata.NONE : metadata;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        editorialMarks = editorialMarks == null ? List.of() : List.copyOf(editorialMarks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
