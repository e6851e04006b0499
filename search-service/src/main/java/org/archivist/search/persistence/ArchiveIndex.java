package org.archivist.search.persistence;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.document.Batches;
import org.elasticsearch.client.ResponseException;

/**
 * The archive's Elasticsearch index: a versioned index ({@code archive-documents-v1}) behind an alias
 * ({@code archive-documents}) with an explicit, strict mapping, created at start if missing. While a reindex
 * builds the next version (behind the alias {@code archive-documents-next}), every write goes to both.
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

    /**
     * The index behind the alias and what it was built with.
     *
     * @param mappingVersion {@link IndexMapping#MAPPING_VERSION} of the code that created it; 0 if unknown
     */
    public record IndexState(String index, AnalysisSupport analysis, int mappingVersion) {
    }

    private final ElasticsearchClient client;
    private final SearchConfig config;
    /** Held shared by each write, exclusively by a reindex while it switches the writes to two indices. */
    private final ReentrantReadWriteLock writes = new ReentrantReadWriteLock();
    private volatile IndexState state;
    private volatile AnalysisSupport clusterAnalysis;

    public ArchiveIndex(ElasticsearchClient client, SearchConfig config) {
        this.client = client;
        this.config = config;
    }

    public String alias() {
        return config.index().alias();
    }

    /** The alias of the index a reindex is building; writes go there too while it exists. */
    public String buildingAlias() {
        return alias() + "-next";
    }

    ElasticsearchClient client() {
        return client;
    }

    ReentrantReadWriteLock writes() {
        return writes;
    }

    /** Creates the versioned index and its alias unless the alias exists (it may point at a newer version). */
    public IndexState ensureExists() throws IOException {
        IndexState known = state;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (state == null) {
                state = open();
            }
            return state;
        }
    }

    /** The index behind the alias as last read, or null before {@link #ensureExists()} first succeeded. */
    public IndexState current() {
        return state;
    }

    /** Reads again which index the alias points at, after a reindex swapped it. */
    public IndexState reload() throws IOException {
        synchronized (this) {
            state = readState();
            return state;
        }
    }

    private IndexState open() throws IOException {
        AnalysisSupport cluster = clusterAnalysis();
        if (cluster.missing().isEmpty()) {
            Log.infof("Elasticsearch offers the richer text analysis (%s): the index uses it", cluster.describe());
        } else {
            Log.warnf("This Elasticsearch lacks %s. Search works without; on a cluster that has them, a reindex "
                    + "(POST /api/admin/reindex) builds an index that uses them.", String.join(" and ", cluster.missing()));
        }
        String alias = alias();
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            String index = config.index().versionedName();
            try {
                createIndex(index, cluster, false, alias);
                Log.infof("created index %s behind alias %s (%s)", index, alias, cluster.describe());
            } catch (ElasticsearchException e) {
                // Another instance created it between our check and our create.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
                if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                    client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias)
                            .isWriteIndex(true))));
                }
            }
        }
        IndexState opened = readState();
        if (outdated(opened)) {
            Log.warnf("Index %s was built with mapping version %d; this service needs %d: it is migrated to the "
                    + "next version (searches meanwhile find what the old one has).", opened.index(),
                    opened.mappingVersion(), IndexMapping.MAPPING_VERSION);
        } else if (!opened.analysis().equals(cluster)) {
            Log.infof("Index %s was built with %s; this cluster offers %s: a reindex would use it", opened.index(),
                    opened.analysis().describe(), cluster.describe());
        }
        return opened;
    }

    /** What the cluster can analyse with, found by asking it to analyse, not by guessing from its version. */
    public AnalysisSupport clusterAnalysis() throws IOException {
        AnalysisSupport known = clusterAnalysis;
        if (known != null) {
            return known;
        }
        String folding = null;
        for (String filter : List.of("icu_folding", "asciifolding")) {
            if (analyses(filter, null)) {
                folding = filter;
                break;
            }
        }
        String stemming = analyses(null, "english") ? "english" : null;
        clusterAnalysis = new AnalysisSupport(folding, stemming);
        return clusterAnalysis;
    }

    private boolean analyses(String filter, String analyzer) throws IOException {
        try {
            var response = client.indices().analyze(a -> {
                a.text("Pühringer imprisonments");
                if (analyzer != null) {
                    a.analyzer(analyzer);
                } else {
                    a.tokenizer(t -> t.name("standard")).filter(f -> f.name(filter));
                }
                return a;
            });
            return !response.tokens().isEmpty();
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                return false;
            }
            throw e;
        }
    }

    private IndexState readState() throws IOException {
        List<String> indices = indicesOf(alias());
        if (indices.isEmpty()) {
            throw new IOException("the alias " + alias() + " points at no index");
        }
        String index = writeIndexOf(alias()).orElse(indices.get(0));
        var mapping = client.indices().getMapping(m -> m.index(index)).result().get(index).mappings();
        Map<String, JsonData> meta = mapping.meta() == null ? Map.of() : mapping.meta();
        int version = meta.containsKey(IndexMapping.META_MAPPING_VERSION)
                ? meta.get(IndexMapping.META_MAPPING_VERSION).to(Integer.class) : 0;
        return new IndexState(index, new AnalysisSupport(text(meta.get(IndexMapping.META_FOLDING)),
                text(meta.get(IndexMapping.META_STEMMING))), version);
    }

    private static String text(JsonData value) {
        if (value == null) {
            return null;
        }
        Object raw = value.to(Object.class);
        return raw == null ? null : raw.toString();
    }

    /**
     * Creates an index with this service's settings and mapping, behind {@code alias} (its write index) when
     * not null; one being built is not refreshed until done.
     */
    void createIndex(String name, AnalysisSupport analysis, boolean building, String alias) throws IOException {
        String body = IndexMapping.createBody(analysis, config.index().replicas(), building);
        client.indices().create(c -> {
            c.withJson(new StringReader(body)).index(name);
            if (alias != null) {
                c.aliases(alias, a -> a.isWriteIndex(true));
            }
            return c;
        });
    }

    /** The concrete indices behind an alias; empty when there is no such alias. */
    List<String> indicesOf(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return new ArrayList<>(client.indices().getAlias(a -> a.name(alias)).result().keySet());
    }

    private Optional<String> writeIndexOf(String alias) throws IOException {
        Map<String, IndexAliases> result = client.indices().getAlias(a -> a.name(alias)).result();
        for (Map.Entry<String, IndexAliases> e : result.entrySet()) {
            var definition = e.getValue().aliases().get(alias);
            if (definition != null && Boolean.TRUE.equals(definition.isWriteIndex())) {
                return Optional.of(e.getKey());
            }
        }
        return result.size() == 1 ? Optional.of(result.keySet().iterator().next()) : Optional.empty();
    }

    /** The index a reindex is building, if one is. */
    public Optional<String> buildingIndex() throws IOException {
        List<String> building = indicesOf(buildingAlias());
        return building.isEmpty() ? Optional.empty() : Optional.of(building.get(0));
    }

    /**
     * Starts merging the index behind the alias into at most {@code segments} segments, as Elasticsearch's
     * task (a large index takes minutes): what to do once a backlog is loaded, since searches read fewer
     * segments faster. Documents indexed later make new small segments as ever.
     *
     * @return the id of Elasticsearch's task
     */
    public String merge(int segments) throws IOException {
        return client.indices().forcemerge(f -> f.index(alias()).maxNumSegments((long) segments)
                .waitForCompletion(false)).task();
    }

    /** How many segments the primary shards of the index behind the alias have now. */
    public long segments() throws IOException {
        return client.indices().stats(s -> s.index(alias()).metric("segments")).all().primaries().segments().count();
    }

    /**
     * Indexes the documents in bulk requests of bounded size. Each document's enrichment version is its
     * external version, so a stale event never replaces a newer one. A request Elasticsearch does not answer
     * makes its documents retryable (status 503) rather than failing the others.
     */
    public List<ItemOutcome> bulkIndex(List<IndexedDocument> documents) throws IOException {
        IndexState current = ensureExists();
        writes.readLock().lock();
        try {
            Optional<String> building = buildingIndex();
            String primary = alias();
            Optional<String> copy = building;
            if (outdated(current)) {
                // The index behind the alias has an older mapping that refuses today's documents: they go to the
                // version being built from it, and wait while there is none yet.
                if (building.isEmpty()) {
                    List<ItemOutcome> waiting = new ArrayList<>();
                    documents.forEach(d -> waiting.add(new ItemOutcome(d.id(), 503, "the index is being migrated to "
                            + "mapping version " + IndexMapping.MAPPING_VERSION)));
                    return waiting;
                }
                primary = building.get();
                copy = Optional.empty();
            }
            List<ItemOutcome> outcomes = new ArrayList<>(documents.size());
            for (List<IndexedDocument> chunk : Batches.split(documents, this::requestBytes,
                    config.bulk().maxActions(), config.bulk().maxBytes())) {
                outcomes.addAll(indexChunk(chunk, primary, copy));
            }
            return outcomes;
        } finally {
            writes.readLock().unlock();
        }
    }

    /** Whether the index behind the alias was built by an older mapping than this service's. */
    public static boolean outdated(IndexState state) {
        return state.mappingVersion() < IndexMapping.MAPPING_VERSION;
    }

    private List<ItemOutcome> indexChunk(List<IndexedDocument> chunk, String primary, Optional<String> building) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexedDocument document : chunk) {
            bulk.operations(op -> op.index(i -> i.index(primary).id(document.id())
                    .versionType(VersionType.ExternalGte).version(document.enrichmentVersion()).document(document)));
            building.ifPresent(target -> bulk.operations(op -> op.index(i -> i.index(target).id(document.id())
                    .versionType(VersionType.ExternalGte).version(document.enrichmentVersion()).document(document))));
        }
        List<ItemOutcome> outcomes = new ArrayList<>(chunk.size());
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (IOException | RuntimeException e) {
            if (chunk.size() > 1 && tooLarge(e)) {
                // Elasticsearch takes at most a share of its heap in one request (indexing pressure, 10%): what
                // it refuses as too much goes again in halves, not again and again as it was.
                Log.warnf("Elasticsearch refused a bulk request of %d documents as too large; sending it in halves",
                        chunk.size());
                int half = chunk.size() / 2;
                outcomes.addAll(indexChunk(chunk.subList(0, half), primary, building));
                outcomes.addAll(indexChunk(chunk.subList(half, chunk.size()), primary, building));
                return outcomes;
            }
            for (IndexedDocument document : chunk) {
                outcomes.add(new ItemOutcome(document.id(), 503, "Elasticsearch did not answer: " + e.getMessage()));
            }
            return outcomes;
        }
        int stride = building.isPresent() ? 2 : 1;
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i += stride) {
            outcomes.add(outcome(items.get(i)));
            if (stride == 2) {
                BulkResponseItem copy = items.get(i + 1);
                if (copy.error() != null && copy.status() != 409) {
                    Log.warnf("the index being built did not take %s: %s", copy.id(), copy.error().reason());
                }
            }
        }
        return outcomes;
    }

    private static ItemOutcome outcome(BulkResponseItem item) {
        String error = item.error() == null ? null : item.error().type() + ": " + item.error().reason();
        return new ItemOutcome(item.id(), item.status(), error);
    }

    /**
     * The bytes a document takes in a bulk request, as the client will write it: its text, layout, notes and
     * entities together (a seed-size document's text is a tenth of it), so that requests stay within
     * {@code archive.search.bulk.max-bytes}.
     */
    long requestBytes(IndexedDocument document) {
        if (client._jsonpMapper() instanceof JacksonJsonpMapper jackson) {
            try {
                return jackson.objectMapper().writeValueAsBytes(document).length + 128L;
            } catch (IOException e) {
                // not expected for a record the client serialises too; fall back on a generous guess
            }
        }
        long text = document.text() == null ? 0 : document.text().length();
        return 12 * text + 16_384;
    }

    /**
     * Whether Elasticsearch refused the request for its size: 413, or 429 from indexing pressure (a
     * {@code coordinating operation} over the limit), not a busy thread pool.
     */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            int status = t instanceof ResponseException r ? r.getResponse().getStatusLine().getStatusCode()
                    : t instanceof ElasticsearchException es ? es.status() : 0;
            if (status != 0) {
                return status == 413 || (status == 429 && String.valueOf(t.getMessage()).contains("coordinating"));
            }
        }
        return false;
    }

    /**
     * Deletes the documents; one that is not there counts as deleted. Fails when Elasticsearch refuses any.
     * In an index being built, the deletion carries the version the document had, so that the copy of that
     * version, if it comes later, is refused.
     */
    public void bulkDelete(List<String> ids) throws IOException {
        ensureExists();
        writes.readLock().lock();
        try {
            Optional<String> building = buildingIndex();
            Map<String, Long> versions = building.isPresent() ? versions(ids) : Map.of();
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (String id : ids) {
                bulk.operations(op -> op.delete(d -> d.index(alias()).id(id)));
                building.ifPresent(target -> bulk.operations(op -> op.delete(d -> {
                    d.index(target).id(id);
                    Long version = versions.get(id);
                    if (version != null) {
                        d.versionType(VersionType.ExternalGte).version(version);
                    }
                    return d;
                })));
            }
            BulkResponse response = client.bulk(bulk.build());
            for (BulkResponseItem item : response.items()) {
                boolean primary = !building.isPresent() || !building.get().equals(item.index());
                if (item.error() != null && item.status() != 404 && (primary || item.status() != 409)) {
                    throw new IOException("delete of " + item.id() + " in " + item.index() + " refused: "
                            + item.error().reason());
                }
            }
        } finally {
            writes.readLock().unlock();
        }
    }

    /** The indexed version of each document that is there. */
    private Map<String, Long> versions(List<String> ids) throws IOException {
        Map<String, Long> versions = new HashMap<>();
        var response = client.mget(m -> m.index(alias()).ids(ids).source(s -> s.fetch(false)), Void.class);
        for (MultiGetResponseItem<Void> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().version() != null) {
                versions.put(item.result().id(), item.result().version());
            }
        }
        return versions;
    }
}
