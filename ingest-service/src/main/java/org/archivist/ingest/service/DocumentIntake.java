package org.archivist.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.archivist.events.DocumentReceived;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.intake.FileFacts;
import org.archivist.ingest.intake.Upload;
import org.archivist.ingest.messaging.OutboxRelay;
import org.archivist.ingest.persistence.DocumentContent;
import org.archivist.ingest.persistence.OutboxEvent;
import org.archivist.ingest.persistence.StoredDocument;

/**
 * Accepts uploads: the document, its bytes and its DocumentReceived event are written in one
 * transaction, so that an accepted document is never left unpublished (the outbox relay sends it).
 */
@ApplicationScoped
public class DocumentIntake {

    /** The stored document, and whether it was already there before this upload. */
    public record Intake(StoredDocument document, boolean duplicate) {
    }

    private final ObjectMapper json;
    private final IngestConfig config;
    private final OutboxRelay relay;

    public DocumentIntake(ObjectMapper json, IngestConfig config, OutboxRelay relay) {
        this.json = json;
        this.config = config;
        this.relay = relay;
    }

    public Intake accept(Upload upload) {
        String sha256 = FileFacts.sha256(upload.bytes());
        Optional<StoredDocument> existing = findBySha256(sha256);
        if (existing.isPresent()) {
            return new Intake(existing.get(), true);
        }
        try {
            Intake stored = QuarkusTransaction.requiringNew().call(() -> store(upload, sha256));
            relay.wake();
            return stored;
        } catch (RuntimeException e) {
            // The same bytes uploaded concurrently: the unique key on sha256 let only one through.
            Optional<StoredDocument> winner = findBySha256(sha256);
            if (winner.isPresent()) {
                return new Intake(winner.get(), true);
            }
            throw e;
        }
    }

    public Optional<StoredDocument> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.<StoredDocument>findByIdOptional(id));
    }

    public Optional<DocumentContent> content(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> DocumentContent.<DocumentContent>findByIdOptional(id));
    }

    private Optional<StoredDocument> findBySha256(String sha256) {
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.findBySha256(sha256));
    }

    private Intake store(Upload upload, String sha256) {
        StoredDocument document = new StoredDocument();
        document.id = UUID.randomUUID();
        document.fileName = FileFacts.cleanFileName(upload.fileName());
        document.mediaType = FileFacts.detectMediaType(upload.bytes(), document.fileName);
        document.size = upload.bytes().length;
        document.sha256 = sha256;
        // Microseconds: what PostgreSQL keeps, so that what we publish equals what we read back.
        document.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        document.persist();

        DocumentContent content = new DocumentContent();
        content.documentId = document.id;
        content.bytes = upload.bytes();
        content.persist();

        boolean inline = upload.bytes().length <= config.maxInlineContentBytes();
        DocumentReceived event = new DocumentReceived(UUID.randomUUID(), DocumentReceived.SCHEMA_VERSION,
                document.id, document.fileName, document.mediaType, document.size, sha256, document.receivedAt,
                inline ? upload.bytes() : null);
        OutboxEvent outbox = new OutboxEvent();
        outbox.eventId = event.eventId();
        outbox.eventType = DocumentReceived.class.getSimpleName();
        outbox.aggregateId = document.id;
        outbox.payload = toJson(event);
        outbox.createdAt = document.receivedAt;
        outbox.persist();
        return new Intake(document, false);
    }

    private String toJson(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
