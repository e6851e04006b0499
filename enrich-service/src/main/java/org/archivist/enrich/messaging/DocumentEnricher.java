package org.archivist.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.archivist.enrich.client.IngestClient;
import org.archivist.enrich.config.EnrichConfig;
import org.archivist.enrich.extraction.ExtractedText;
import org.archivist.enrich.extraction.TextExtractor;
import org.archivist.enrich.extraction.UnreadableDocument;
import org.archivist.enrich.persistence.DatabaseProbe;
import org.archivist.enrich.entities.Authority;
import org.archivist.enrich.service.AuthorityStore;
import org.archivist.enrich.service.EntityEnrichment;
import org.archivist.enrich.structure.TranscriptionReader;
import org.archivist.enrich.structure.TranscriptionReader.Reading;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentReceived;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.events.Topics;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * DocumentReceived in; DocumentEnriched out, keyed by document id, and a status report for ingest-service.
 * A document that cannot be enriched goes, as it came, to the dead-letter topic with the reason, and is
 * reported FAILED. A document whose layout cannot be read goes on as plain text, and what enrichment could
 * not do is reported with the ENRICHED status as warnings. A tombstone (a deleted document) is passed on as a
 * tombstone. The received event is acknowledged only once Kafka took what it led to; while Kafka does not
 * take it, the sends are tried again, so nothing is lost.
 */
@ApplicationScoped
public class DocumentEnricher {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final ObjectMapper json;
    private final IngestClient ingest;
    private final TextExtractor extractor;
    private final MutinyEmitter<String> enriched;
    private final MutinyEmitter<String> status;
    private final MutinyEmitter<String> deadLetters;
    private final EntityEnrichment entities;
    private final Duration timeLimit;
    private final MeterRegistry meters;
    private final DatabaseProbe database;
    private final ExecutorService analysing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "enrich-analysis");
        thread.setDaemon(true);
        return thread;
    });

    public DocumentEnricher(ObjectMapper json, @RestClient IngestClient ingest, EnrichConfig config,
            EntityEnrichment entities, MeterRegistry meters, DatabaseProbe database,
            @Channel("documents-enriched") MutinyEmitter<String> enriched,
            @Channel("document-status") MutinyEmitter<String> status,
            @Channel("enrich-failed") MutinyEmitter<String> deadLetters) {
        this.json = json;
        this.ingest = ingest;
        this.extractor = new TextExtractor(config.maxTextChars());
        this.enriched = enriched;
        this.status = status;
        this.deadLetters = deadLetters;
        this.entities = entities;
        this.timeLimit = config.timeLimit();
        this.meters = meters;
        this.database = database;
    }

    /** Counts what became of the documents this instance took: enriched, failed (dead-lettered) or deleted. */
    private void count(String outcome) {
        meters.counter("archive.enrich.documents", "outcome", outcome).increment();
    }

    @Incoming("documents-received")
    @Blocking
    public void enrich(ConsumerRecord<String, String> record) throws InterruptedException {
        String payload = record.value();
        if (payload == null) {
            // A tombstone: the document was deleted. Pass it on so that search drops it too.
            UUID deleted = parseId(record.key());
            if (deleted != null) {
                untilDone(() -> {
                    entities.forget(deleted);
                    return null;
                }, "forgetting the names of " + deleted);
            }
            deliver(() -> enriched.sendMessage(keyed(record.key(), null, null)), "tombstone " + record.key());
            count("deleted");
            return;
        }
        DocumentReceived received;
        try {
            received = json.readValue(payload, DocumentReceived.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            deadLetter(record.key(), payload, "unreadable DocumentReceived event: " + e.getMessage());
            return;
        }
        String key = received.documentId().toString();
        DocumentEnriched result;
        try {
            result = enrich(received);
        } catch (UnreadableDocument | ProcessingException | WebApplicationException e) {
            deadLetter(key, payload, e.getMessage());
            report(received.documentId(), "FAILED", e.getMessage(), List.of());
            return;
        } catch (RuntimeException e) {
            // A document that makes the service fail goes aside with the reason; the partition goes on.
            Log.errorf(e, "document %s made enrichment fail", key);
            String reason = "enrichment failed on '" + received.fileName() + "': " + e;
            deadLetter(key, payload, reason);
            report(received.documentId(), "FAILED", reason, List.of());
            return;
        }
        String value = toJson(result);
        if (value.getBytes(StandardCharsets.UTF_8).length > Topics.MAX_MESSAGE_BYTES - 64 * 1024) {
            String reason = "the text of '" + received.fileName() + "' is too long for one event ("
                    + result.text().length() + " characters); lower archive.enrich.max-text-chars";
            deadLetter(key, payload, reason);
            report(received.documentId(), "FAILED", reason, List.of());
            return;
        }
        // The enriched document and its status go out together: one wait for Kafka, not two.
        Message<String> status = statusMessage(received.documentId(), "ENRICHED", null, result.warnings());
        try {
            deliver(() -> Uni.combine().all().unis(enriched.sendMessage(keyed(key, value, null)),
                    this.status.sendMessage(status)).discardItems(), "enriched " + key + " and its status");
        } catch (RefusedAsTooLarge e) {
            // The topic takes less than this service checks for (a topic created with Kafka's default of
            // 1 MB, say): sending it again would never end, and would hold its partition.
            String reason = "the enriched '" + received.fileName() + "' (" + value.getBytes(StandardCharsets.UTF_8).length
                    + " bytes) is larger than Kafka takes on its topic: raise the topic's max.message.bytes to "
                    + Topics.MAX_MESSAGE_BYTES + " (" + e.getMessage() + ")";
            deadLetter(key, payload, reason);
            report(received.documentId(), "FAILED", reason, List.of());
            return;
        }
        count("enriched");
    }

    /** What enrichment computes from a document's bytes, before anything is recorded. */
    private record Analysis(ExtractedText extracted, Reading reading, EntityEnrichment.Found names) {
    }

    private DocumentEnriched enrich(DocumentReceived received) throws InterruptedException {
        byte[] bytes = received.contentIncluded() ? received.content() : ingest.content(received.documentId());
        Authority authority = untilDone(entities::authority, "the authority file");
        Analysis analysis = withinTimeLimit(() -> analyse(received, bytes, authority), received);
        Reading reading = analysis.reading();
        ExtractedText extracted = analysis.extracted();
        List<String> warnings = new ArrayList<>(reading.warnings());
        if (extracted.truncated()) {
            warnings.add("the text was cut off after " + extracted.text().length() + " characters");
        }
        AuthorityStore.Recorded names = untilDone(() -> entities.record(received.documentId(), analysis.names()),
                "the entities of " + received.documentId());
        warnings.addAll(names.warnings());
        if (!warnings.isEmpty()) {
            Log.warnf("document %s: %s", received.documentId(), warnings);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new DocumentEnriched(UUID.randomUUID(), DocumentEnriched.SCHEMA_VERSION, received.documentId(),
                received.fileName(), received.mediaType(), received.sha256(), received.receivedAt(), now,
                ChronoUnit.MICROS.between(Instant.EPOCH, now),
                reading.title() == null ? extracted.title() : reading.title(), reading.text(), received.metadata(),
                reading.citation(), reading.footnotes(), reading.signatories(), reading.author(),
                reading.contribution(), reading.headnote(), reading.paragraphs(), reading.editorialMarks(), warnings,
                names.mentions(), names.entities(), names.authorityVersion());
    }

    private Analysis analyse(DocumentReceived received, byte[] bytes, Authority authority) {
        ExtractedText extracted = extractor.extract(bytes, received.fileName());
        if (extracted.truncated()) {
            Log.warnf("document %s: text cut off at the configured limit", received.documentId());
        }
        Reading reading;
        try {
            reading = TranscriptionReader.read(extracted.text(), extracted.declaredTitle());
        } catch (RuntimeException e) {
            // A layout the reader trips over must not hold the document back: it goes on as plain text.
            Log.errorf(e, "document %s: cannot read its structure", received.documentId());
            reading = TranscriptionReader.plain(extracted.text(), extracted.title(), e.toString());
        }
        return new Analysis(extracted, reading, entities.find(received.documentId(), reading, authority));
    }

    /**
     * Runs the parsing and analysis of one document with a time limit, so that a file that makes a parser run
     * for ever goes to the dead letters instead of holding its partition. (A parser that never looks at its
     * thread's interrupt flag keeps its thread busy until it ends; the consumer goes on meanwhile.)
     */
    @jakarta.annotation.PreDestroy
    void stop() {
        analysing.shutdownNow();
    }

    private Analysis withinTimeLimit(Supplier<Analysis> analysis, DocumentReceived received)
            throws InterruptedException {
        Future<Analysis> running = analysing.submit(analysis::get);
        try {
            return running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new UnreadableDocument("reading '" + received.fileName() + "' took longer than "
                    + timeLimit.toSeconds() + " s; it was given up", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void report(UUID documentId, String state, String reason, List<String> warnings)
            throws InterruptedException {
        Message<String> message = statusMessage(documentId, state, reason, warnings);
        deliver(() -> status.sendMessage(message), "status of " + documentId);
    }

    private Message<String> statusMessage(UUID documentId, String state, String reason, List<String> warnings) {
        String value = toJson(new DocumentStatusChanged(UUID.randomUUID(), DocumentStatusChanged.SCHEMA_VERSION,
                documentId, state, "enrich", reason, Instant.now(), warnings));
        return keyed(documentId.toString(), value, null);
    }

    private void deadLetter(String key, String payload, String reason) throws InterruptedException {
        Log.errorf("document %s cannot be enriched: %s", key, reason);
        deliver(() -> deadLetters.sendMessage(keyed(key, payload, reason)), "dead letter " + key);
        count("failed");
    }

    /**
     * Runs a step that needs the database until it succeeds, waiting longer after each failure: while the
     * database is away, the partition waits and nothing is lost. A failure of a kind not named as the
     * database's counts as its too while the database does not answer; else it is the document's.
     */
    private <T> T untilDone(Supplier<T> step, String what) throws InterruptedException {
        Duration backoff = Duration.ofSeconds(1);
        while (true) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (!databaseTrouble(e) && database.answers()) {
                    throw e;
                }
                Log.warnf("the database did not take %s (%s); trying again in %s", what, e.getMessage(), backoff);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static boolean databaseTrouble(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof jakarta.transaction.TransactionalException
                    || t instanceof jakarta.transaction.SystemException) {
                return true;
            }
        }
        return false;
    }

    private static UUID parseId(String key) {
        try {
            return key == null ? null : UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Sends until Kafka acknowledges, waiting longer after each refusal. */
    /** Kafka refused a record as larger than its topic takes: no retry can help. */
    static final class RefusedAsTooLarge extends RuntimeException {
        RefusedAsTooLarge(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Sends until Kafka takes it, waiting longer each time; a record Kafka refuses as too large is thrown as
     * {@link RefusedAsTooLarge}, for the caller to put aside.
     */
    private static void deliver(Supplier<Uni<Void>> send, String what) throws InterruptedException {
        Duration backoff = Duration.ofSeconds(1);
        while (true) {
            try {
                send.get().await().atMost(Duration.ofMinutes(2));
                return;
            } catch (RuntimeException e) {
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof org.apache.kafka.common.errors.RecordTooLargeException) {
                        Log.errorf("Kafka refused %s as too large: %s", what, t.getMessage());
                        throw new RefusedAsTooLarge(t);
                    }
                }
                Log.warnf("Kafka did not take %s (%s); trying again in %s", what, e.getMessage(), backoff);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static Message<String> keyed(String key, String value, String deadLetterReason) {
        RecordHeaders headers = new RecordHeaders();
        if (deadLetterReason != null) {
            headers.add("dead-letter-reason", deadLetterReason.getBytes(StandardCharsets.UTF_8));
        }
        return Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key).withHeaders(headers).build());
    }

    private String toJson(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
