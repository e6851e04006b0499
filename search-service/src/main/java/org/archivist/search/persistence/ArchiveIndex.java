package org.archivist.search.persistence;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.query.SearchRequest;
import org.archivist.search.query.SearchResult;

/**
 * The archive's Elasticsearch index: a versioned index ({@code archive-documents-v1}) behind an alias
 * ({@code archive-documents}) with an explicit, strict mapping, created on first use if missing.
 */
@ApplicationScoped
public class ArchiveIndex {

    /** What became of one document of a bulk request. */
    public record ItemOutcome(String id, int status, String error) {

        public boolean indexed() {
            return error == null;
        }

        /** A newer version is already indexed: the event was stale, nothing to do. */
        public boolean stale() {
            return status == 409;
        }

        /** Elasticsearch was overloaded or unavailable for this item: worth sending again. */
        public boolean retryable() {
            return status == 429 || status >= 500;
        }
    }

    /** The explicit, strict mapping: a document with a field not listed here is refused. */
    static final TypeMapping MAPPING = TypeMapping.of(m -> m
            .dynamic(DynamicMapping.Strict)
            .properties("id", p -> p.keyword(k -> k))
            .properties("title", p -> p.text(t -> t.fields("keyword", f -> f.keyword(k -> k.ignoreAbove(512)))))
            .properties("text", p -> p.text(t -> t))
            .properties("fileName", p -> p.keyword(k -> k.ignoreAbove(1024)))
            .properties("mediaType", p -> p.keyword(k -> k))
            .properties("sha256", p -> p.keyword(k -> k))
            .properties("receivedAt", p -> p.date(d -> d))
            .properties("enrichedAt", p -> p.date(d -> d))
            .properties("enrichmentVersion", p -> p.long_(l -> l))
            .properties("periodical", p -> p.text(t -> t.fields("keyword", f -> f.keyword(k -> k.ignoreAbove(512)))))
            .properties("issueDate", p -> p.date(d -> d))
            .properties("sourceUrl", p -> p.keyword(k -> k.ignoreAbove(2048)))
            .properties("language", p -> p.keyword(k -> k))
            .properties("collection", p -> p.keyword(k -> k))
            .properties("tags", p -> p.keyword(k -> k)));

    private final ElasticsearchClient client;
    private final SearchConfig config;
    private volatile boolean ensured;

    public ArchiveIndex(ElasticsearchClient client, SearchConfig config) {
        this.client = client;
        this.config = config;
    }

    public String alias() {
        return config.index().alias();
    }

    /** Creates the versioned index and its alias unless the alias exists (it may point at a newer version). */
    public synchronized void ensureExists() throws IOException {
        if (ensured) {
            return;
        }
        String alias = alias();
        String index = config.index().versionedName();
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            try {
                client.indices().create(c -> c
                        .index(index)
                        .aliases(alias, a -> a.isWriteIndex(true))
                        .settings(st -> st
                                .numberOfShards("1")
                                .numberOfReplicas(Integer.toString(config.index().replicas()))
                                .refreshInterval(Time.of(t -> t.time("1s"))))
                        .mappings(MAPPING));
                Log.infof("created index %s behind alias %s", index, alias);
            } catch (ElasticsearchException e) {
                // Another instance created it between our check and our create.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        } else {
            // Mappings only grow within an index version: fields added since it was created are added to it.
            client.indices().putMapping(p -> p.index(alias).dynamic(MAPPING.dynamic()).properties(MAPPING.properties()));
        }
        ensured = true;
    }

    /**
     * Indexes the documents in one bulk request. Each document's enrichment version is its external
     * version, so a stale event never replaces a newer one.
     */
    public List<ItemOutcome> bulkIndex(List<IndexedDocument> documents) throws IOException {
        ensureExists();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexedDocument document : documents) {
            bulk.operations(op -> op.index(i -> i
                    .index(alias())
                    .id(document.id())
                    .versionType(VersionType.ExternalGte)
                    .version(document.enrichmentVersion())
                    .document(document)));
        }
        BulkResponse response = client.bulk(bulk.build());
        List<ItemOutcome> outcomes = new ArrayList<>(documents.size());
        for (BulkResponseItem item : response.items()) {
            String error = item.error() == null ? null : item.error().type() + ": " + item.error().reason();
            outcomes.add(new ItemOutcome(item.id(), item.status(), error));
        }
        return outcomes;
    }

    /** Deletes the documents; one that is not there counts as deleted. Fails when Elasticsearch refuses any. */
    public void bulkDelete(List<String> ids) throws IOException {
        ensureExists();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String id : ids) {
            bulk.operations(op -> op.delete(d -> d.index(alias()).id(id)));
        }
        BulkResponse response = client.bulk(bulk.build());
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 404) {
                throw new IOException("delete of " + item.id() + " refused: " + item.error().reason());
            }
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        ensureExists();
        Query query = request.matchAll()
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.simpleQueryString(s -> s
                        .query(request.text())
                        .fields("title^2", "text")
                        .defaultOperator(Operator.And)));
        SearchResponse<IndexedDocument> response = client.search(s -> s
                .index(alias())
                .query(query)
                .from(request.from())
                .size(request.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("text")))
                .highlight(h -> h
                        .encoder(HighlighterEncoder.Html)
                        .preTags("<mark>")
                        .postTags("</mark>")
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("text", f -> f.fragmentSize(180).numberOfFragments(3))),
                IndexedDocument.class);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<IndexedDocument> hit : response.hits().hits()) {
            IndexedDocument doc = hit.source();
            Map<String, List<String>> highlights = hit.highlight();
            hits.add(new SearchResult.Hit(hit.id(), doc == null ? null : doc.title(),
                    doc == null ? null : doc.fileName(), doc == null ? null : doc.mediaType(),
                    doc == null ? null : doc.receivedAt(), hit.score() == null ? 0 : hit.score(), highlights));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, response.took(), request.page(), request.size(), hits);
    }
}
