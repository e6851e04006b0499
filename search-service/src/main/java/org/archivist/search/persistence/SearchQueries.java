package org.archivist.search.persistence;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.ArrayList;
import java.util.List;
import org.archivist.search.query.Cursor;
import org.archivist.search.query.Html;
import org.archivist.search.query.SearchSort;

/**
 * Turns a validated search into the one Elasticsearch request that answers it: hits with highlights,
 * the variants that matched, the total and the facets, all in one round trip.
 */
public final class SearchQueries {

    public static final String AGG_PERSONS = "persons";
    public static final String AGG_PLACES = "places";
    public static final String AGG_ORGANISATIONS = "organisations";
    public static final String AGG_PERIODICALS = "periodicals";
    public static final String AGG_LANGUAGES = "languages";
    public static final String AGG_YEARS = "years";

    static final String VARIANTS_FIELD = "entities.variants";

    /** What a hit needs of its document: never the text, which the highlights stand for. */
    static final List<String> HIT_SOURCE = List.of("title", "periodical", "issueDate", "language", "collection",
            "tags", "entities.id", "entities.type", "entities.preferredLabel", "entities.surfaceForms",
            "entities.variants", "entities.passages");

    private static final List<SimpleQueryStringFlag> FLAGS = List.of(SimpleQueryStringFlag.And,
            SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
            SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Whitespace);

    private SearchQueries() {
    }

    /**
     * The fields the words are looked for in. The author line, headnote and notes are paragraphs of the text, so
     * the text finds them; the title is asked apart because a declared title need not be in the text, and weighs
     * more. The variants field is what finds other spellings.
     */
    static List<String> textFields(AnalysisSupport analysis) {
        List<String> fields = new ArrayList<>(List.of("title^3", "text", VARIANTS_FIELD + "^0.5"));
        if (analysis.stemming() != null) {
            fields.add("text.stemmed^0.3");
        }
        return fields;
    }

    /**
     * Two searches in one round trip, which Elasticsearch runs side by side: the page of hits, scored, with
     * highlights, and no exact count (so that Elasticsearch may skip documents that cannot make the page); and
     * the exact total with the facets, in filter context (no scoring), with no hits, which the shard request
     * cache keeps for the next page of the same search.
     */
    public static MsearchRequest search(org.archivist.search.query.SearchRequest r, String index,
            AnalysisSupport analysis, int facetSize) {
        Query scored = query(r, analysis);
        Query unscored = Query.of(q -> q.bool(b -> b.filter(scored)));
        return MsearchRequest.of(m -> m
                .searches(s -> s.header(h -> h.index(index)).body(b -> hits(b, r, scored)))
                .searches(s -> s.header(h -> h.index(index)).body(b -> counts(b, r, unscored, facetSize))));
    }

    private static MultisearchBody.Builder hits(MultisearchBody.Builder s, org.archivist.search.query.SearchRequest r,
            Query query) {
        s.query(query)
                .size(r.size())
                .trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes(HIT_SOURCE)))
                .sort(sort(r.sort()));
        if (r.cursor() != null) {
            s.searchAfter(fieldValues(r.cursor()));
        } else if (r.from() > 0) {
            s.from(r.from());
        }
        if (!r.matchAll()) {
            // Only the long fields: the service marks the title and the entity names itself (query.Words),
            // which spares Elasticsearch reading and analysing them for every hit.
            s.highlight(h -> h
                    .encoder(HighlighterEncoder.Html)
                    .preTags(Html.MARK)
                    .postTags(Html.END_MARK)
                    .fields("text", f -> f.fragmentSize(160).numberOfFragments(3))
                    .fields("footnotes.text", f -> f.fragmentSize(160).numberOfFragments(2).requireFieldMatch(false)));
        }
        return s;
    }

    private static MultisearchBody.Builder counts(MultisearchBody.Builder s, org.archivist.search.query.SearchRequest r,
            Query query, int facetSize) {
        s.query(query).size(0).trackTotalHits(t -> t.enabled(true));
        if (r.facets()) {
            s.aggregations(AGG_PERSONS, terms("persons.facet", facetSize))
                    .aggregations(AGG_PLACES, terms("places.facet", facetSize))
                    .aggregations(AGG_ORGANISATIONS, terms("organisations.facet", facetSize))
                    .aggregations(AGG_PERIODICALS, terms("periodical.keyword", facetSize))
                    .aggregations(AGG_LANGUAGES, terms("language", facetSize))
                    .aggregations(AGG_YEARS, Aggregation.of(a -> a.dateHistogram(d -> d.field("issueDate")
                            .calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1))));
        }
        return s;
    }

    static Query query(org.archivist.search.query.SearchRequest r, AnalysisSupport analysis) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (r.matchAll()) {
            bool.must(m -> m.matchAll(a -> a));
        } else {
            bool.must(m -> m.simpleQueryString(q -> q
                    .query(r.query().syntax())
                    .fields(textFields(analysis))
                    .defaultOperator(Operator.And)
                    .flags(FLAGS)
                    .lenient(true)));
        }
        for (String person : r.persons()) {
            bool.filter(entity("persons", person));
        }
        for (String place : r.places()) {
            bool.filter(entity("places", place));
        }
        for (String organisation : r.organisations()) {
            bool.filter(entity("organisations", organisation));
        }
        for (String id : r.entities()) {
            bool.filter(f -> f.term(t -> t.field("entityIds").value(id)));
        }
        anyOf(bool, "periodical.normalized", r.periodicals());
        anyOf(bool, "language", r.languages());
        anyOf(bool, "collection", r.collections());
        for (String tag : r.tags()) {
            bool.filter(f -> f.term(t -> t.field("tags").value(tag)));
        }
        if (!r.issued().open()) {
            bool.filter(f -> f.range(range -> range.date(d -> {
                d.field("issueDate").format("yyyy-MM-dd");
                if (r.issued().from() != null) {
                    d.gte(r.issued().from().toString());
                }
                if (r.issued().to() != null) {
                    d.lte(r.issued().to().toString());
                }
                return d;
            })));
        }
        if (r.hasFootnotes() != null) {
            bool.filter(f -> f.term(t -> t.field("hasFootnotes").value(r.hasFootnotes())));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    /** An entity filter takes its id or any of its names. */
    private static Query entity(String type, String value) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field(type + ".ids").value(value)))
                .should(s -> s.term(t -> t.field(type + ".names").value(value)))
                .minimumShouldMatch("1")));
    }

    private static void anyOf(BoolQuery.Builder bool, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(terms))));
        }
    }

    /** Every order ends on the id, so that a cursor knows exactly where a page ended. */
    static List<SortOptions> sort(SearchSort sort) {
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))), byId);
            case OLDEST -> List.of(SortOptions.of(o -> o.field(f -> f.field("issueDate").order(SortOrder.Asc)
                    .missing("_last"))), byId);
            case NEWEST -> List.of(SortOptions.of(o -> o.field(f -> f.field("issueDate").order(SortOrder.Desc)
                    .missing("_last"))), byId);
        };
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    static List<FieldValue> fieldValues(Cursor cursor) {
        List<FieldValue> values = new ArrayList<>();
        for (Object value : cursor.values()) {
            if (value == null) {
                values.add(FieldValue.NULL);
            } else if (value instanceof Long l) {
                values.add(FieldValue.of(l));
            } else if (value instanceof Double d) {
                values.add(FieldValue.of(d));
            } else {
                values.add(FieldValue.of((String) value));
            }
        }
        return values;
    }
}
