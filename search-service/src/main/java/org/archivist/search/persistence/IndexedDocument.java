package org.archivist.search.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.archivist.events.Contribution;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentEntity;
import org.archivist.events.EditorialMark;
import org.archivist.events.EntityMention;
import org.archivist.events.Footnote;
import org.archivist.events.Paragraph;
import org.archivist.events.Signatory;
import org.archivist.events.SourceCitation;
import org.archivist.events.SourceMetadata;
import org.archivist.search.document.EntityFacet;
import org.archivist.search.document.MentionedEntity;
import org.archivist.search.document.Passages;
import org.archivist.search.document.Suggestion;

/**
 * A document as stored in Elasticsearch; its fields are those of the explicit mapping
 * ({@code index/documents-mapping.json}). It keeps everything of the enriched event that a reader needs to
 * see the document, so the index can answer {@code GET /api/documents/{id}} and be rebuilt from itself; the
 * fields after {@code entities} are derived for searching, filtering and facets.
 *
 * <p>The text and the {@link Layout} (paragraphs, editorial marks and mentions, by offsets) are stored fields
 * outside {@code _source}: a search reads the {@code _source} of every hit, and of every hit several times
 * to highlight it, and these are most of a document's bytes.
 *
 * @param layout {@link Layout} as JSON
 */
public record IndexedDocument(
        String id,
        String fileName,
        String mediaType,
        String sha256,
        Instant receivedAt,
        Instant enrichedAt,
        long enrichmentVersion,
        long authorityVersion,
        String status,
        String title,
        String author,
        String headnote,
        String text,
        SourceMetadata metadata,
        SourceCitation citation,
        Contribution contribution,
        List<Footnote> footnotes,
        List<Signatory> signatories,
        String layout,
        List<String> warnings,
        List<MentionedEntity> entities,
        String periodical,
        LocalDate issueDate,
        String sourceUrl,
        String language,
        String collection,
        List<String> tags,
        EntityNames persons,
        EntityNames places,
        EntityNames organisations,
        List<String> entityIds,
        boolean hasFootnotes,
        int footnoteCount,
        List<String> entitySuggest,
        List<String> titleSuggest) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where things are in the text, for display: nothing searches them. */
    public record Layout(List<Paragraph> paragraphs, List<EditorialMark> editorialMarks, List<EntityMention> mentions) {

        public Layout {
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
            editorialMarks = editorialMarks == null ? List.of() : List.copyOf(editorialMarks);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }

        public static Layout parse(String json) {
            if (json == null || json.isEmpty()) {
                return new Layout(null, null, null);
            }
            try {
                return JSON.readValue(json, Layout.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable layout of a document", e);
            }
        }

        String json() {
            try {
                return JSON.writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The only status a document in the index has; the pipeline's other statuses live in ingest-service. */
    public static final String INDEXED = "INDEXED";

    /**
     * The ids, names and facet values of a document's entities of one type.
     *
     * @param names every name of them, compared without case by the filters
     */
    public record EntityNames(List<String> ids, List<String> names, List<String> facet) {

        static EntityNames of(List<MentionedEntity> entities, String type) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            Set<String> facet = new LinkedHashSet<>();
            for (MentionedEntity entity : entities) {
                if (!type.equals(entity.type()) || entity.preferredLabel() == null) {
                    continue;
                }
                if (entity.id() != null) {
                    ids.add(entity.id());
                }
                names.addAll(entity.names());
                facet.add(EntityFacet.encode(entity));
            }
            return new EntityNames(List.copyOf(ids), List.copyOf(names), List.copyOf(facet));
        }
    }

    /** What the uploader said wins; where it said nothing, the citation found in the text counts. */
    public static IndexedDocument of(DocumentEnriched event) {
        SourceMetadata m = event.metadata();
        SourceCitation c = event.citation();
        String id = event.documentId().toString();
        List<MentionedEntity> entities = Passages.of(event.text(), event.entities(), event.mentions());
        Set<String> entityIds = new LinkedHashSet<>();
        entities.stream().map(MentionedEntity::id).filter(java.util.Objects::nonNull).forEach(entityIds::add);
        return new IndexedDocument(id, event.fileName(), event.mediaType(), event.sha256(), event.receivedAt(),
                event.enrichedAt(), event.enrichmentVersion(), event.authorityVersion(), INDEXED, event.title(),
                event.author(), event.headnote(), event.text(), m, c, event.contribution(), event.footnotes(),
                event.signatories(), new Layout(event.paragraphs(), event.editorialMarks(), event.mentions()).json(),
                event.warnings(), entities,
                m.periodical() != null || c == null ? m.periodical() : c.periodical(),
                m.issueDate() != null || c == null ? m.issueDate() : c.issueDate(),
                m.sourceUrl(), m.language(), m.collection(), m.tags(),
                EntityNames.of(entities, EntityMention.PERSON), EntityNames.of(entities, EntityMention.PLACE),
                EntityNames.of(entities, EntityMention.ORGANISATION), List.copyOf(entityIds),
                event.footnotes().stream().anyMatch(f -> f.text() != null), event.footnotes().size(),
                Suggestion.entityTerms(entities), Suggestion.titleTerms(event.title(), id));
    }

    /**
     * The enriched event this document was made from, as far as the index keeps it (not its event id), so that
     * a new index version can be built from an old one with the new version's derivations.
     */
    public Layout layoutParsed() {
        return Layout.parse(layout);
    }

    /**
     * This document with the stored fields a search or get gave apart from its {@code _source}; an index of an
     * older mapping kept the text in {@code _source}, and it stays.
     */
    public IndexedDocument withStored(String storedText, String storedLayout) {
        return new IndexedDocument(id, fileName, mediaType, sha256, receivedAt, enrichedAt, enrichmentVersion,
                authorityVersion, status, title, author, headnote, storedText != null ? storedText : text, metadata,
                citation, contribution, footnotes, signatories, storedLayout != null ? storedLayout : layout,
                warnings, entities, periodical, issueDate, sourceUrl, language, collection, tags, persons, places,
                organisations, entityIds, hasFootnotes, footnoteCount, entitySuggest, titleSuggest);
    }

    public DocumentEnriched toEvent() {
        Layout l = layoutParsed();
        // An index of the first mapping kept only the metadata that counts, at the top.
        SourceMetadata given = metadata != null ? metadata
                : new SourceMetadata(periodical, issueDate, sourceUrl, language, collection, tags);
        List<DocumentEntity> documentEntities = new ArrayList<>();
        for (MentionedEntity e : entities == null ? List.<MentionedEntity>of() : entities) {
            documentEntities.add(new DocumentEntity(e.id(), e.type(), e.preferredLabel(), e.surfaceForms(),
                    e.variants(), e.mentions()));
        }
        return new DocumentEnriched(UUID.nameUUIDFromBytes((id + "/" + enrichmentVersion).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), DocumentEnriched.SCHEMA_VERSION, UUID.fromString(id),
                fileName, mediaType, sha256, receivedAt, enrichedAt, enrichmentVersion, title, text, given, citation,
                footnotes, signatories, author, contribution, headnote, l.paragraphs(), l.editorialMarks(), warnings,
                l.mentions(), documentEntities, authorityVersion);
    }
}
