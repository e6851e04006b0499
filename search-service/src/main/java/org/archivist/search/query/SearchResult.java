package org.archivist.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, and the facets of the whole result.
 *
 * @param tookMs     how long the search took in this service, Elasticsearch included
 * @param nextCursor for the page after this one, or null when this is the last
 * @param facets     null when the search asked for none
 */
public record SearchResult(long total, long tookMs, int page, int size, String nextCursor, List<Hit> hits,
        Facets facets) {

    /**
     * @param score           null when sorted by date
     * @param highlights      per field ({@code title}, {@code text}, {@code footnotes}), the matching passages
     *                        with the matched words in {@code <mark>}; all other text in them is HTML-escaped
     * @param matchedEntities the entities the query or a filter matched, by any of their names
     * @param matchedVia      the spellings this document writes that matched only through the authority file's
     *                        variants
     */
    public record Hit(String id, String title, String periodical, LocalDate issueDate, String language,
            String collection, List<String> tags, Double score, Map<String, List<String>> highlights,
            List<MatchedEntity> matchedEntities, List<VariantMatch> matchedVia) {
    }

    /** @param id null for a name not in the authority file */
    public record MatchedEntity(String id, String type, String label, List<String> surfaceForms) {
    }

    /**
     * The query found this document through a variant: the researcher wrote {@code query}, the document writes
     * {@code variant}, and the authority file says both name {@code entityId}.
     */
    public record VariantMatch(String query, String variant, String entityId, String type, String label) {
    }

    /** The most frequent values in the whole result, and the documents per year of issue. */
    public record Facets(List<Bucket> persons, List<Bucket> places, List<Bucket> organisations,
            List<Bucket> periodicals, List<Bucket> languages, List<Bucket> years) {
    }

    /**
     * @param value what to pass back as the filter: the entity id, or the label where there is none
     * @param id    the entity id, for entity facets; else null
     */
    public record Bucket(String value, String label, String id, long count) {
    }
}
