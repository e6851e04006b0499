package org.archivist.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.archivist.enrich.config.EnrichConfig;
import org.archivist.enrich.persistence.AuthorityChange;
import org.archivist.events.AuthorityChanged;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes each authority change once, oldest first, with the documents it affects: those linked to the
 * entities an editor's change touched, and those that mention one of the forms it added or removed without
 * being linked. A
 * change whose events Kafka did not take stays unpublished and is tried again on the next round.
 */
@ApplicationScoped
public class AuthorityChangeRelay {

    private final EntityManager db;
    private final ObjectMapper json;
    private final MutinyEmitter<Record<String, String>> changes;
    private final int documentsPerEvent;

    public AuthorityChangeRelay(EntityManager db, ObjectMapper json, EnrichConfig config,
            @Channel("authority-changed") MutinyEmitter<Record<String, String>> changes) {
        this.db = db;
        this.json = json;
        this.changes = changes;
        this.documentsPerEvent = config.authority().documentsPerEvent();
    }

    // Delayed: the Kafka channel is connected once the service has started.
    @Scheduled(every = "${archive.enrich.authority.relay-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            List<AuthorityChange> pending = QuarkusTransaction.requiringNew().call(() -> AuthorityChange.pending(50));
            for (AuthorityChange change : pending) {
                publish(change);
            }
        } catch (RuntimeException e) {
            Log.warnf("authority change relay round failed (%s); the changes stay pending", e.toString());
        }
    }

    private void publish(AuthorityChange change) {
        List<UUID> documents = QuarkusTransaction.requiringNew().call(() -> affected(change));
        for (int from = 0; from == 0 || from < documents.size(); from += documentsPerEvent) {
            List<UUID> chunk = documents.subList(from, Math.min(documents.size(), from + documentsPerEvent));
            if (chunk.isEmpty()) {
                break;
            }
            changes.send(Record.of(String.valueOf(change.version), toJson(new AuthorityChanged(UUID.randomUUID(),
                    AuthorityChanged.SCHEMA_VERSION, change.version, change.action, chunk, change.madeAt))))
                    .await().atMost(Duration.ofSeconds(30));
        }
        QuarkusTransaction.requiringNew().run(() -> db.createQuery(
                "update AuthorityChange c set c.publishedAt = ?1 where c.version = ?2")
                .setParameter(1, Instant.now()).setParameter(2, change.version).executeUpdate());
        Log.infof("authority version %d (%s): %d documents to enrich again", change.version, change.action,
                documents.size());
    }

    @SuppressWarnings("unchecked")
    private List<UUID> affected(AuthorityChange change) {
        List<UUID> documents = new ArrayList<>();
        // What enrichment itself adds (a proposed entity, a form found of a known one) changes nothing for the
        // documents already linked to that entity: only those that mention the forms unlinked are affected.
        // Re-enriching every document of "Russia" for each new spelling found would replay the archive.
        Long[] entityIds = "enrichment".equals(change.madeBy) ? new Long[0] : change.entityIds;
        if (entityIds.length > 0 || change.formKeys.length > 0) {
            List<Object> rows = db.createNativeQuery("select distinct document_id from document_name"
                    + " where entity_id = any(?1) or (entity_id is null and type = ?2 and form_key = any(?3))")
                    .setParameter(1, entityIds)
                    .setParameter(2, change.type == null ? "" : change.type)
                    .setParameter(3, change.formKeys)
                    .getResultList();
            for (Object row : rows) {
                UUID id = (UUID) row;
                if (!id.equals(change.documentId)) {
                    documents.add(id);
                }
            }
        }
        return documents;
    }

    private String toJson(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
