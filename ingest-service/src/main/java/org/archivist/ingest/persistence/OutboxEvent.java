package org.archivist.ingest.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** An event waiting in the transactional outbox until the relay has handed it to Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The document the event is about; the Kafka key. */
    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;

    /** The event as JSON; null for a tombstone. */
    @Column(name = "payload")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Adds an event about {@code documentId} to the outbox, in the caller's transaction; null: a tombstone. */
    public static void persistFor(UUID documentId, UUID eventId, String eventType, Object event, ObjectMapper json) {
        OutboxEvent outbox = new OutboxEvent();
        outbox.eventId = eventId;
        outbox.eventType = eventType;
        outbox.aggregateId = documentId;
        try {
            outbox.payload = event == null ? null : json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + eventType, e);
        }
        outbox.createdAt = Instant.now();
        outbox.persist();
    }

    /** The oldest events not yet published. */
    public static List<OutboxEvent> pending(int limit) {
        return find("publishedAt is null order by id").page(0, limit).list();
    }

    public static void markPublished(Collection<Long> ids, Instant when) {
        update("publishedAt = ?1 where id in ?2", when, ids);
    }
}
