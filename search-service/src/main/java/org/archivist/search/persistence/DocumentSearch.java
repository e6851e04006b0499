package org.archivist.search.persistence;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.TermsEnumResponse;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.archivist.events.DocumentEntity;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.document.DocumentView;
import org.archivist.search.document.EntityFacet;
import org.archivist.search.document.MentionedEntity;
import org.archivist.search.document.Suggestion;
import org.archivist.search.query.Html;
import org.archivist.search.query.QueryText;
import org.archivist.search.query.SearchRequest;
import org.archivist.search.query.SearchResult;
import org.archivist.search.query.SearchSort;
import org.archivist.search.query.Suggestions;
import org.archivist.search.query.VariantMatcher;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;

/** Reads the index: searches, single documents, and suggestions. */
@ApplicationScoped
public class DocumentSearch {

    /** The part of a document a hit shows. */
    public record HitSource(String title, String periodical, LocalDate issueDate, String language, String collection,
            List<String> tags, List<MentionedEntity> entities) {
    }

    private static final int MAX_TEXT_HIGHLIGHTS = 5;
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);
    private static final ObjectMapper ANSWER = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ArchiveIndex index;
    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final RestClient rest;
    private final JsonpMapper mapper;
    private final SearchConfig config;
    private final Executor blocking;

    public DocumentSearch(ArchiveIndex index, ElasticsearchClient client, ElasticsearchAsyncClient async,
            RestClient rest, SearchConfig config, ManagedExecutor blocking) {
        this.index = index;
        this.client = client;
        this.async = async;
        this.rest = rest;
        this.mapper = client._jsonpMapper();
        this.config = config;
        this.blocking = blocking;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        ArchiveIndex.IndexState state = index.ensureExists();
        Request http = msearch(request, state);
        try (InputStream in = rest.performRequest(http).getEntity().getContent()) {
            return result(request, state, ANSWER.readValue(in, MsearchAnswer.class), start);
        } catch (ResponseException e) {
            throw refused(e.getResponse().getStatusLine().getStatusCode(), e.getMessage());
        }
    }

    /**
     * The same search without holding a thread while Elasticsearch works: the answer is read on the client's
     * I/O thread. Before the index is known (just after start) it runs as {@link #search} on a worker.
     */
    public CompletionStage<SearchResult> searchAsync(SearchRequest request) {
        long start = System.nanoTime();
        ArchiveIndex.IndexState state = index.current();
        if (state == null) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return search(request);
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }, blocking);
        }
        CompletableFuture<SearchResult> result = new CompletableFuture<>();
        rest.performRequestAsync(msearch(request, state), new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                try (InputStream in = response.getEntity().getContent()) {
                    result.complete(result(request, state, ANSWER.readValue(in, MsearchAnswer.class), start));
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Exception e) {
                result.completeExceptionally(e instanceof ResponseException r
                        ? refused(r.getResponse().getStatusLine().getStatusCode(), r.getMessage()) : e);
            }
        });
        return result;
    }

    private Request msearch(SearchRequest request, ArchiveIndex.IndexState state) {
        StringBuilder body = new StringBuilder(2048);
        for (RequestItem item : SearchQueries.search(request, index.alias(), state.analysis(), config.facetSize())
                .searches()) {
            body.append(JsonpUtils.toJsonString(item.header(), mapper)).append('\n')
                    .append(JsonpUtils.toJsonString(item.body(), mapper)).append('\n');
        }
        Request http = new Request("POST", "/_msearch");
        http.setEntity(new NStringEntity(body.toString(), NDJSON));
        return http;
    }

    private static SearchResult result(SearchRequest request, ArchiveIndex.IndexState state, MsearchAnswer answer,
            long start) {
        MsearchAnswer.Response page = result(answer.responses().get(0));
        MsearchAnswer.Response counts = result(answer.responses().get(1));
        List<MsearchAnswer.Hit> raw = page.hits().hits();
        List<SearchResult.Hit> hits = new ArrayList<>(raw.size());
        List<String> entityFilters = request.entityFilters();
        QueryText.Finder finder = request.query().finder(state.analysis().folding() != null);
        for (MsearchAnswer.Hit hit : raw) {
            hits.add(hit(request, hit, entityFilters, finder));
        }
        long total = counts.hits().total() == null ? hits.size() : counts.hits().total().value();
        String next = null;
        if (hits.size() == request.size() && request.from() + hits.size() < total
                && raw.get(raw.size() - 1).sort() != null) {
            next = request.next(cursorValues(raw.get(raw.size() - 1).sort())).encode();
        }
        SearchResult.Facets facets = request.facets() ? facets(counts.aggregations()) : null;
        return new SearchResult(total, (System.nanoTime() - start) / 1_000_000, request.page(), request.size(), next,
                hits, facets);
    }

    /** One search of the pair; a failed one fails the whole, as a single search would. */
    private static MsearchAnswer.Response result(MsearchAnswer.Response item) {
        if (item.error() != null) {
            throw refused(item.status() == null ? 500 : item.status(), item.error().type() + ": " + item.error().reason());
        }
        return item;
    }

    private static ElasticsearchException refused(int status, String reason) {
        return new ElasticsearchException("msearch", ErrorResponse.of(e -> e.status(status)
                .error(c -> c.type("search_failed").reason(reason))));
    }

    /** Sort values as the cursor keeps them: integral numbers as Long, others as Double. */
    private static List<Object> cursorValues(List<Object> sort) {
        List<Object> values = new ArrayList<>(sort.size());
        for (Object value : sort) {
            if (value instanceof Number n && !(value instanceof Double || value instanceof Float
                    || value instanceof java.math.BigDecimal)) {
                values.add(n.longValue());
            } else if (value instanceof Number n) {
                values.add(n.doubleValue());
            } else {
                values.add(value == null ? null : value.toString());
            }
        }
        return values;
    }

    private static SearchResult.Hit hit(SearchRequest request, MsearchAnswer.Hit hit, List<String> entityFilters,
            QueryText.Finder finder) {
        HitSource source = hit.source();
        List<MentionedEntity> entities = source == null || source.entities() == null ? List.of() : source.entities();
        Map<String, List<String>> highlight = hit.highlight() == null ? Map.of() : hit.highlight();
        VariantMatcher.Outcome outcome = VariantMatcher.match(finder, entities, entityFilters);
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        if (source != null && source.title() != null) {
            var inTitle = finder.find(source.title());
            if (inTitle.any()) {
                highlights.put("title", List.of(Html.marked(source.title(), inTitle.spans())));
            }
        }
        List<String> text = new ArrayList<>(highlight.getOrDefault("text", List.of()));
        for (String passage : outcome.passages()) {
            if (text.size() < MAX_TEXT_HIGHLIGHTS && !text.contains(passage)) {
                text.add(passage);
            }
        }
        if (!text.isEmpty()) {
            highlights.put("text", text);
        }
        if (highlight.containsKey("footnotes.text")) {
            highlights.put("footnotes", highlight.get("footnotes.text"));
        }
        Double score = request.sort() == SearchSort.RELEVANCE && hit.score() != null && !hit.score().isNaN()
                ? hit.score() : null;
        return new SearchResult.Hit(hit.id(), source == null ? null : source.title(),
                source == null ? null : source.periodical(), source == null ? null : source.issueDate(),
                source == null ? null : source.language(), source == null ? null : source.collection(),
                source == null || source.tags() == null ? List.of() : source.tags(), score, highlights,
                outcome.matchedEntities(), outcome.matchedVia());
    }

    private static SearchResult.Facets facets(Map<String, MsearchAnswer.Aggregation> aggregations) {
        return new SearchResult.Facets(entityBuckets(aggregations.get(SearchQueries.AGG_PERSONS)),
                entityBuckets(aggregations.get(SearchQueries.AGG_PLACES)),
                entityBuckets(aggregations.get(SearchQueries.AGG_ORGANISATIONS)),
                buckets(aggregations.get(SearchQueries.AGG_PERIODICALS), false),
                buckets(aggregations.get(SearchQueries.AGG_LANGUAGES), false),
                buckets(aggregations.get(SearchQueries.AGG_YEARS), true));
    }

    private static List<SearchResult.Bucket> entityBuckets(MsearchAnswer.Aggregation aggregation) {
        List<SearchResult.Bucket> buckets = new ArrayList<>();
        for (MsearchAnswer.Bucket bucket : aggregation.buckets()) {
            EntityFacet.Value value = EntityFacet.decode(String.valueOf(bucket.key()));
            buckets.add(new SearchResult.Bucket(value.filter(), value.label(), value.id(), bucket.docCount()));
        }
        return buckets;
    }

    private static List<SearchResult.Bucket> buckets(MsearchAnswer.Aggregation aggregation, boolean formatted) {
        List<SearchResult.Bucket> buckets = new ArrayList<>();
        for (MsearchAnswer.Bucket bucket : aggregation.buckets()) {
            String key = formatted ? bucket.keyAsString() : String.valueOf(bucket.key());
            buckets.add(new SearchResult.Bucket(key, key, null, bucket.docCount()));
        }
        return buckets;
    }

    /** The fields kept outside {@code _source}. */
    static final List<String> STORED = List.of("text", "layout");

    /** A document from its {@code _source} and its stored fields. */
    static IndexedDocument withStored(IndexedDocument source, Map<String, JsonData> fields) {
        return source.withStored(stored(fields, "text"), stored(fields, "layout"));
    }

    private static String stored(Map<String, JsonData> fields, String name) {
        JsonData value = fields == null ? null : fields.get(name);
        if (value == null) {
            return null;
        }
        List<?> values = value.to(List.class);
        return values.isEmpty() ? null : (String) values.get(0);
    }

    /** The whole document for display, if the index has it. */
    public Optional<DocumentView> document(String id) throws IOException {
        index.ensureExists();
        GetResponse<IndexedDocument> response = client.get(g -> g.index(index.alias()).id(id)
                .storedFields(STORED).source(s -> s.fetch(true)), IndexedDocument.class);
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        IndexedDocument d = withStored(response.source(), response.fields());
        IndexedDocument.Layout layout = d.layoutParsed();
        List<DocumentEntity> entities = new ArrayList<>();
        for (MentionedEntity e : d.entities() == null ? List.<MentionedEntity>of() : d.entities()) {
            entities.add(new DocumentEntity(e.id(), e.type(), e.preferredLabel(), e.surfaceForms(), e.variants(),
                    e.mentions()));
        }
        return Optional.of(new DocumentView(d.id(), d.title(), d.author(), d.headnote(), d.text(), d.periodical(),
                d.issueDate(), d.language(), d.collection(), d.tags(), d.sourceUrl(), d.metadata(), d.citation(),
                d.contribution(), layout.paragraphs(), d.footnotes(), d.signatories(), layout.editorialMarks(),
                layout.mentions(),
                entities, d.warnings(), d.fileName(), d.mediaType(), d.sha256(), d.receivedAt(), d.enrichedAt(),
                d.enrichmentVersion(), d.authorityVersion()));
    }

    /**
     * Entities whose names, and documents whose titles, start with the prefix (in any case). Both come from the
     * term dictionaries of two keyword fields, looked up side by side; no document is read.
     */
    public Suggestions suggest(String prefix, int size) throws IOException {
        index.ensureExists();
        CompletableFuture<TermsEnumResponse> entities = async.termsEnum(t -> t.index(index.alias())
                .field("entitySuggest").string(prefix).caseInsensitive(true).size(size * 4));
        CompletableFuture<TermsEnumResponse> titles = async.termsEnum(t -> t.index(index.alias())
                .field("titleSuggest").string(prefix).caseInsensitive(true).size(size * 2));
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try {
            for (String term : entities.get().terms()) {
                Suggestion s = Suggestion.parse(term);
                if (out.size() < size && seen.add("e\u0000" + s.type() + "\u0000" + (s.id() != null ? s.id() : s.label()))) {
                    out.add(s);
                }
            }
            for (String term : titles.get().terms()) {
                Suggestion s = Suggestion.parse(term);
                if (out.size() < size && seen.add("t\u0000" + s.id())) {
                    out.add(s);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for suggestions", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
        return new Suggestions(prefix, out);
    }
}
