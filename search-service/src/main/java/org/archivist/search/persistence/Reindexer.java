package org.archivist.search.persistence;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.search.config.SearchConfig;

/**
 * Builds the next version of the index from the current one, then swaps the alias, while searches and
 * indexing go on. The new index gets this service's mapping and the analysis the cluster offers now.
 *
 * <p>Order of work: create {@code <alias>-v<N+1>} behind {@code <alias>-next}, so that every indexer writes
 * to both (deletions carry the deleted version, and the copy only writes versions newer than what is there,
 * so neither a copied stale document nor a deleted one comes back); wait for every instance to notice; copy
 * every document of the old index, re-deriving its search fields; then, in one atomic alias update, point the
 * alias at the new index and drop {@code -next}. The old index stays (for a rollback) unless asked otherwise.
 */
@ApplicationScoped
public class Reindexer {

    public enum State { RUNNING, DONE, FAILED, ABANDONED }

    /**
     * What a reindex did or is doing.
     *
     * @param total    documents in the old index when the copy started
     * @param copied   written to the new index by the copy
     * @param skipped  already there in the same or a newer version (written by the live indexing) or deleted
     * @param failures the first reasons Elasticsearch gave for documents it refused; the alias is not swapped then
     */
    public record Status(State state, String source, String target, long total, long copied, long skipped,
            long failed, List<String> failures, Instant startedAt, Instant finishedAt, String detail) {
    }

    /** A reindex cannot start now: one is already running. */
    public static class AlreadyRunning extends RuntimeException {
        public AlreadyRunning(String detail) {
            super(detail);
        }
    }

    private static final int MAX_FAILURES_KEPT = 20;
    private static final Pattern VERSION = Pattern.compile("-v(\\d+)$");

    private final ArchiveIndex index;
    private final ElasticsearchClient client;
    private final org.elasticsearch.client.RestClient restClient;
    private final SearchConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reindex");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status;

    public Reindexer(ArchiveIndex index, ElasticsearchClient client, org.elasticsearch.client.RestClient restClient,
            SearchConfig config) {
        this.restClient = restClient;
        this.index = index;
        this.client = client;
        this.config = config;
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** The reindex this instance ran last, or null. */
    public Status status() {
        return status;
    }

    /** Starts building the next version; returns at once with the job's first status. */
    public synchronized Status start(boolean deleteOld) throws IOException {
        if (status != null && status.state() == State.RUNNING) {
            throw new AlreadyRunning("A reindex into " + status.target() + " is running.");
        }
        index.ensureExists();
        var building = index.buildingIndex();
        if (building.isPresent()) {
            throw new AlreadyRunning("The index " + building.get() + " is being built (alias " + index.buildingAlias()
                    + "), perhaps by another instance; abandon it with DELETE /api/admin/reindex if that one died.");
        }
        String source = index.reload().index();
        String target = nextVersion();
        status = new Status(State.RUNNING, source, target, 0, 0, 0, 0, List.of(), Instant.now(), null,
                "creating " + target);
        worker.submit(() -> run(source, target, deleteOld));
        return status;
    }

    /**
     * Drops an index being built that no instance is building any more (its instance died): the alias
     * {@code -next} and the index behind it.
     */
    public synchronized Status abandon() throws IOException {
        if (status != null && status.state() == State.RUNNING) {
            throw new AlreadyRunning("This instance is building " + status.target() + "; wait for it to finish.");
        }
        var building = index.buildingIndex();
        if (building.isEmpty()) {
            return status;
        }
        String target = building.get();
        client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(target).alias(index.buildingAlias()))));
        client.indices().delete(d -> d.index(target));
        status = new Status(State.ABANDONED, null, target, 0, 0, 0, 0, List.of(), Instant.now(), Instant.now(),
                "dropped " + target);
        return status;
    }

    private String nextVersion() throws IOException {
        int highest = config.index().version();
        var existing = client.indices().get(g -> g.index(index.alias() + "-v*").ignoreUnavailable(true)
                .allowNoIndices(true)).result().keySet();
        for (String name : existing) {
            Matcher m = VERSION.matcher(name);
            if (m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return index.alias() + "-v" + (highest + 1);
    }

    private void run(String source, String target, boolean deleteOld) {
        AtomicLong copied = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<String> failures = new ArrayList<>();
        long total = 0;
        Instant started = status.startedAt();
        try {
            AnalysisSupport analysis = index.clusterAnalysis();
            index.createIndex(target, analysis, true, null);
            index.writes().writeLock().lock();
            try {
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(target)
                        .alias(index.buildingAlias()))));
            } finally {
                index.writes().writeLock().unlock();
            }
            Log.infof("reindex: building %s from %s (%s); every write goes to it too", target, source,
                    analysis.describe());
            status = running(source, target, 0, copied, skipped, failed, failures, started, "waiting for every indexer");
            Thread.sleep(config.reindex().settle().toMillis());

            client.indices().refresh(r -> r.index(source));
            total = client.count(c -> c.index(source)).count();
            copy(source, target, total, copied, skipped, failed, failures, started);

            if (failed.get() > 0) {
                dropBuildingAlias(target);
                status = new Status(State.FAILED, source, target, total, copied.get(), skipped.get(), failed.get(),
                        List.copyOf(failures), started, Instant.now(), "Elasticsearch refused " + failed.get()
                        + " documents in the new index; the alias still points at " + source + ", and " + target
                        + " is kept to be looked at");
                Log.errorf("reindex into %s failed: %s", target, status.detail());
                return;
            }
            // The refresh interval back to Elasticsearch's default (see IndexMapping.settings): null resets it, which
            // the typed client cannot send.
            org.elasticsearch.client.Request settings = new org.elasticsearch.client.Request("PUT", "/" + target + "/_settings");
            settings.setJsonEntity("{\"index\":{\"refresh_interval\":null,\"number_of_replicas\":\""
                    + config.index().replicas() + "\",\"gc_deletes\":\"60s\"}}");
            restClient.performRequest(settings);
            client.indices().refresh(r -> r.index(target));
            index.writes().writeLock().lock();
            try {
                client.indices().updateAliases(u -> u
                        .actions(a -> a.remove(r -> r.index(source).alias(index.alias())))
                        .actions(a -> a.add(add -> add.index(target).alias(index.alias()).isWriteIndex(true)))
                        .actions(a -> a.remove(r -> r.index(target).alias(index.buildingAlias()))));
                index.reload();
            } finally {
                index.writes().writeLock().unlock();
            }
            if (deleteOld) {
                client.indices().delete(d -> d.index(source));
            }
            long inTarget = client.count(c -> c.index(target)).count();
            status = new Status(State.DONE, source, target, total, copied.get(), skipped.get(), 0, List.of(), started,
                    Instant.now(), index.alias() + " now points at " + target + " (" + inTarget + " documents)"
                            + (deleteOld ? "; " + source + " is deleted" : "; " + source + " is kept"));
            Log.infof("reindex done: %s", status.detail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropBuildingAlias(target);
            status = new Status(State.FAILED, source, target, total, copied.get(), skipped.get(), failed.get(),
                    List.copyOf(failures), started, Instant.now(), "interrupted");
        } catch (Exception e) {
            Log.errorf(e, "reindex into %s failed", target);
            dropBuildingAlias(target);
            status = new Status(State.FAILED, source, target, total, copied.get(), skipped.get(), failed.get(),
                    List.copyOf(failures), started, Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void copy(String source, String target, long total, AtomicLong copied, AtomicLong skipped,
            AtomicLong failed, List<String> failures, Instant started) throws IOException, InterruptedException {
        String pit = client.openPointInTime(o -> o.index(source).keepAlive(t -> t.time("5m"))).id();
        try {
            List<FieldValue> after = null;
            while (true) {
                String pitId = pit;
                List<FieldValue> searchAfter = after;
                SearchResponse<IndexedDocument> page = client.search(s -> {
                    s.pit(p -> p.id(pitId).keepAlive(t -> t.time("5m")))
                            .storedFields(DocumentSearch.STORED)
                            .source(src -> src.fetch(true))
                            .size(config.reindex().batchSize())
                            .sort(o -> o.field(f -> f.field("_shard_doc")))
                            .trackTotalHits(t -> t.enabled(false));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, IndexedDocument.class);
                if (page.pitId() != null) {
                    pit = page.pitId();
                }
                List<Hit<IndexedDocument>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return;
                }
                write(target, hits, copied, skipped, failed, failures);
                after = hits.get(hits.size() - 1).sort();
                status = running(source, target, total, copied, skipped, failed, failures, started,
                        "copying: " + (copied.get() + skipped.get() + failed.get()) + " of " + total);
                if (!config.reindex().pause().isZero()) {
                    Thread.sleep(config.reindex().pause().toMillis());
                }
            }
        } finally {
            String pitId = pit;
            try {
                client.closePointInTime(c -> c.id(pitId));
            } catch (IOException | RuntimeException e) {
                Log.debugf("point in time not closed (it expires by itself): %s", e.getMessage());
            }
        }
    }

    private void write(String target, List<Hit<IndexedDocument>> hits, AtomicLong copied, AtomicLong skipped,
            AtomicLong failed, List<String> failures) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<IndexedDocument> hit : hits) {
            IndexedDocument rebuilt = IndexedDocument.of(DocumentSearch.withStored(hit.source(), hit.fields()).toEvent());
            // Strictly newer only: what the live indexing (or a deletion) put there in this version stays.
            bulk.operations(op -> op.index(i -> i.index(target).id(rebuilt.id()).versionType(VersionType.External)
                    .version(rebuilt.enrichmentVersion()).document(rebuilt)));
        }
        BulkResponse response = client.bulk(bulk.build());
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                copied.incrementAndGet();
            } else if (item.status() == 409) {
                skipped.incrementAndGet();
            } else if (item.status() == 429 || item.status() >= 500) {
                throw new IOException("Elasticsearch is overloaded or failing (" + item.status() + ": "
                        + item.error().reason() + ")");
            } else {
                failed.incrementAndGet();
                synchronized (failures) {
                    if (failures.size() < MAX_FAILURES_KEPT) {
                        failures.add(item.id() + ": " + item.error().type() + ": " + item.error().reason());
                    }
                }
            }
        }
    }

    private Status running(String source, String target, long total, AtomicLong copied, AtomicLong skipped,
            AtomicLong failed, List<String> failures, Instant started, String detail) {
        synchronized (failures) {
            return new Status(State.RUNNING, source, target, total, copied.get(), skipped.get(), failed.get(),
                    List.copyOf(failures), started, null, detail);
        }
    }

    private void dropBuildingAlias(String target) {
        try {
            index.writes().writeLock().lock();
            try {
                if (index.buildingIndex().filter(target::equals).isPresent()) {
                    client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(target)
                            .alias(index.buildingAlias()))));
                }
            } finally {
                index.writes().writeLock().unlock();
            }
        } catch (IOException | RuntimeException e) {
            Log.errorf("could not drop the alias %s: %s; DELETE /api/admin/reindex drops it", index.buildingAlias(),
                    e.getMessage());
        }
    }
}
