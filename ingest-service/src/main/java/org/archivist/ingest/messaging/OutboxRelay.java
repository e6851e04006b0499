package org.archivist.ingest.messaging;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.persistence.OutboxEvent;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Sends the outbox to Kafka, oldest first, and marks each event published once Kafka acknowledged it
 * ({@code acks=all}). An event Kafka did not take stays pending and is sent again on a later round, so
 * delivery is at least once; consumers are idempotent on the document id.
 *
 * <p>One relay thread per instance: woken right after an upload commits, and by a periodic poll for
 * what earlier rounds could not send.
 */
@ApplicationScoped
public class OutboxRelay {

    private final MutinyEmitter<Record<String, String>> documentsReceived;
    private final IngestConfig config;
    private final ExecutorService relay = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean woken = new AtomicBoolean();

    public OutboxRelay(@Channel("documents-received") MutinyEmitter<Record<String, String>> documentsReceived,
            IngestConfig config) {
        this.documentsReceived = documentsReceived;
        this.config = config;
    }

    /** Asks for a relay round soon; rounds never overlap, and a wake-up during a round gets another one. */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            relay.execute(this::relayPending);
        }
    }

    // The first poll waits for the start to finish: the scheduler may fire before the emitter has its channel.
    @Scheduled(every = "${archive.ingest.outbox.poll-interval}", delayed = "3s")
    void poll() {
        wake();
    }

    @PreDestroy
    void stop() {
        relay.shutdown();
    }

    void relayPending() {
        woken.set(false);
        int batchSize = config.outbox().batchSize();
        try {
            int sent;
            do {
                sent = relayBatch(batchSize);
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            Log.warnf("outbox relay round failed (%s); pending events stay and are sent on a later round",
                    e.toString());
        }
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
        // A null payload is a tombstone: the document was deleted.
        return documentsReceived.send(Record.of(event.aggregateId.toString(), event.payload))
                .replaceWith(event.id)
                .onFailure().invoke(e -> Log.debugf(e, "outbox event %s not sent", event.eventId))
                .onFailure().recoverWithNull();
    }
}
