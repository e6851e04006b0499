package org.archivist.search.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.persistence.ArchiveIndex;
import org.archivist.search.persistence.IndexedDocument;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Indexes enriched documents in bulk, one Kafka batch per bulk request. The batch is acknowledged only
 * when every document in it is indexed, found stale, or handed to the dead-letter topic: while
 * Elasticsearch is unreachable the batch waits and is tried again, so nothing is lost.
 */
@ApplicationScoped
public class EnrichedDocumentIndexer {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final ArchiveIndex index;
    private final ObjectMapper json;
    private final Emitter<String> indexFailed;
    private final MutinyEmitter<String> status;
    private final MeterRegistry meters;
    private final SearchConfig config;

    public EnrichedDocumentIndexer(ArchiveIndex index, ObjectMapper json,
            @Channel("index-failed") Emitter<String> indexFailed, @Channel("document-status") MutinyEmitter<String> status,
            SearchConfig config, MeterRegistry meters) {
        this.meters = meters;
        this.index = index;
        this.json = json;
        this.indexFailed = indexFailed;
        this.status = status;
        this.config = config;
    }

    @Incoming("documents-enriched")
    @Blocking
    public void index(ConsumerRecords<String, String> records) throws InterruptedException {
        // Keyed by document id: a later event for the same document in one batch replaces the earlier one.
        Map<String, IndexedDocument> documents = new LinkedHashMap<>();
        Map<String, String> rawById = new LinkedHashMap<>();
        Set<String> deletions = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            String payload = record.value();
            if (payload == null) {
                // A tombstone: the document was deleted from the archive.
                if (record.key() != null) {
                    documents.remove(record.key());
                    deletions.add(record.key());
                }
                continue;
            }
            try {
                DocumentEnriched event = json.readValue(payload, DocumentEnriched.class);
                IndexedDocument document = IndexedDocument.of(event);
                deletions.remove(document.id());
                documents.put(document.id(), document);
                rawById.put(document.id(), payload);
            } catch (IOException | RuntimeException e) {
                deadLetter(null, payload, "unreadable DocumentEnriched event: " + e.getMessage());
            }
        }
        Duration backoff = config.retryBackoff();
        List<Supplier<Uni<Void>>> reports = new ArrayList<>();
        while (!documents.isEmpty()) {
            try {
                List<ArchiveIndex.ItemOutcome> outcomes = index.bulkIndex(new ArrayList<>(documents.values()));
                List<ArchiveIndex.ItemOutcome> later = outcomes.stream().filter(ArchiveIndex.ItemOutcome::retryable)
                        .toList();
                if (!later.isEmpty()) {
                    Log.warnf("Elasticsearch did not take %d of %d documents for now (%s); trying again in %s",
                            later.size(), outcomes.size(), later.get(0).error(), backoff);
                }
                for (ArchiveIndex.ItemOutcome outcome : outcomes) {
                    if (outcome.indexed() || outcome.stale()) {
                        documents.remove(outcome.id());
                        if (outcome.indexed()) {
                            String id = outcome.id();
                            reports.add(() -> report(id, "INDEXED", null));
                        }
                        count(outcome.indexed() ? "indexed" : "stale");
                    } else if (!outcome.retryable()) {
                        documents.remove(outcome.id());
                        deadLetter(outcome.id(), rawById.get(outcome.id()), outcome.error());
                        String id = outcome.id();
                        String error = outcome.error();
                        reports.add(() -> report(id, "FAILED", error));
                    }
                }
            } catch (IOException | RuntimeException e) {
                Log.warnf("Elasticsearch did not take a batch of %d documents (%s); trying again in %s",
                        documents.size(), e.getMessage(), backoff);
            }
            if (!documents.isEmpty()) {
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        deliverReports(reports);
        deleteAll(deletions);
    }

    /** Deletes until Elasticsearch has taken every deletion; what was never indexed counts as deleted. */
    private void deleteAll(Set<String> ids) throws InterruptedException {
        Duration backoff = config.retryBackoff();
        while (!ids.isEmpty()) {
            try {
                index.bulkDelete(List.copyOf(ids));
                meters.counter("archive.search.documents", "outcome", "deleted").increment(ids.size());
                return;
            } catch (IOException | RuntimeException e) {
                Log.warnf("Elasticsearch did not take %d deletions (%s); trying again in %s", ids.size(),
                        e.getMessage(), backoff);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** A status report for ingest-service, sent when the Uni is subscribed to. */
    private Uni<Void> report(String documentId, String state, String reason) {
        try {
            String value = json.writeValueAsString(new DocumentStatusChanged(UUID.randomUUID(),
                    DocumentStatusChanged.SCHEMA_VERSION, UUID.fromString(documentId), state, "search", reason,
                    Instant.now(), List.of()));
            return status.sendMessage(Message.of(value).addMetadata(
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(documentId).build()));
        } catch (IOException | RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /**
     * Sends the status reports, all at once, and sends again those Kafka did not take, until it took them all:
     * a document indexed but reported lost would stay ENRICHED in ingest-service for good.
     */
    private void deliverReports(List<Supplier<Uni<Void>>> reports) throws InterruptedException {
        List<Supplier<Uni<Void>>> pending = reports;
        Duration backoff = config.retryBackoff();
        while (!pending.isEmpty()) {
            List<Uni<Boolean>> sends = pending.stream().map(send -> send.get().replaceWith(true)
                    .ifNoItem().after(Duration.ofMinutes(2)).fail()
                    .onFailure().recoverWithItem(false)).toList();
            List<Boolean> taken = Uni.join().all(sends).andFailFast().await().indefinitely();
            List<Supplier<Uni<Void>>> failed = new ArrayList<>();
            for (int i = 0; i < taken.size(); i++) {
                if (!taken.get(i)) {
                    failed.add(pending.get(i));
                }
            }
            if (!failed.isEmpty()) {
                Log.warnf("Kafka did not take %d status reports; sending them again in %s", failed.size(), backoff);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
            pending = failed;
        }
    }

    /** Counts what became of the events this instance took: indexed, stale (a newer one was there), failed, deleted. */
    private void count(String outcome) {
        meters.counter("archive.search.documents", "outcome", outcome).increment();
    }

    private void deadLetter(String documentId, String payload, String reason) {
        count("failed");
        Log.errorf("document %s cannot be indexed: %s", documentId, reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(documentId).withHeaders(headers).build();
        indexFailed.send(Message.of(payload).addMetadata(metadata));
    }
}
