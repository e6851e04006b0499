package org.archivist.ingest.messaging;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.persistence.OutboxEvent;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Sends the outbox to Kafka, oldest first, and marks each event published once Kafka acknowledged it
 * ({@code acks=all}). An event Kafka did not take stays pending and is sent again on a later round, so
 * delivery is at least once; consumers are idempotent on the document id.
 */
@ApplicationScoped
public class OutboxRelay {

    private final MutinyEmitter<String> documentsReceived;
    private final IngestConfig config;

    public OutboxRelay(@Channel("documents-received") MutinyEmitter<String> documentsReceived, IngestConfig config) {
        this.documentsReceived = documentsReceived;
        this.config = config;
    }

    @Scheduled(every = "${archive.ingest.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        int batchSize = config.outbox().batchSize();
        int sent;
        do {
            sent = relayBatch(batchSize);
        } while (sent == batchSize);
    }

    /** Sends one batch of pending events; returns how many Kafka acknowledged. */
    int relayBatch(int batchSize) {
        List<OutboxEvent> pending = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.pending(batchSize));
        if (pending.isEmpty()) {
            return 0;
        }
        List<Uni<Long>> sends = pending.stream().map(this::send).toList();
        // Each send recovers with null on failure, so the join always completes.
        List<Long> acknowledged = Uni.join().all(sends).andFailFast()
                .await().atMost(Duration.ofMinutes(2))
                .stream().filter(Objects::nonNull).toList();
        if (!acknowledged.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> OutboxEvent.markPublished(acknowledged, Instant.now()));
        }
        if (acknowledged.size() < pending.size()) {
            Log.warnf("Kafka took %d of %d outbox events; the rest stay pending and will be sent again",
                    acknowledged.size(), pending.size());
        }
        return acknowledged.size();
    }

    private Uni<Long> send(OutboxEvent event) {
        return documentsReceived.sendMessage(KafkaRecord.of(event.aggregateId.toString(), event.payload))
                .replaceWith(event.id)
                .onFailure().invoke(e -> Log.debugf(e, "outbox event %s not sent", event.eventId))
                .onFailure().recoverWithNull();
    }
}
