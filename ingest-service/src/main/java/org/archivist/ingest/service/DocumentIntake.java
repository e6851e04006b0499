package org.archivist.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.archivist.events.DocumentReceived;
import org.archivist.events.SourceMetadata;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.intake.DocumentStatus;
import org.archivist.ingest.intake.FileFacts;
import org.archivist.ingest.intake.Upload;
import org.archivist.ingest.messaging.OutboxRelay;
import org.archivist.ingest.persistence.BatchDocument;
import org.archivist.ingest.persistence.DocumentContent;
import org.archivist.ingest.persistence.OutboxEvent;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.ingest.persistence.UploadBatch;

/**
 * Accepts uploads: each new document, its bytes and its DocumentReceived event are written in one
 * transaction (for a batch: all of its files in one), so that an accepted document is never left
 * unpublished and a refused request leaves nothing behind. The outbox relay sends the events.
 */
@ApplicationScoped
public class DocumentIntake {

    /** The stored document, and whether it was already there before this upload. */
    public record Intake(StoredDocument document, boolean duplicate) {
    }

    /** A request with several files: its batch id and what became of each file, in order. */
    public record BatchIntake(UUID batchId, List<Intake> documents) {
    }

    private final ObjectMapper json;
    private final IngestConfig config;
    private final OutboxRelay relay;

    public DocumentIntake(ObjectMapper json, IngestConfig config, OutboxRelay relay) {
        this.json = json;
        this.config = config;
        this.relay = relay;
    }

    public Intake accept(Upload upload, SourceMetadata metadata) {
        return store(List.of(upload), metadata, null).documents().get(0);
    }

    public BatchIntake acceptBatch(List<Upload> uploads, SourceMetadata metadata) {
        return store(uploads, metadata, UUID.randomUUID());
    }

    private BatchIntake store(List<Upload> uploads, SourceMetadata metadata, UUID batchId) {
        try {
            BatchIntake stored = QuarkusTransaction.requiringNew().call(() -> storeAll(uploads, metadata, batchId));
            relay.wake();
            return stored;
        } catch (RuntimeException e) {
            // The same bytes uploaded concurrently: the unique key on sha256 let only one through.
            // Once more: this time the other upload's document is found and answered as a duplicate.
            if (uploads.stream().map(u -> FileFacts.sha256(u.bytes())).anyMatch(sha -> findBySha256(sha).isPresent())) {
                BatchIntake stored = QuarkusTransaction.requiringNew().call(() -> storeAll(uploads, metadata, batchId));
                relay.wake();
                return stored;
            }
            throw e;
        }
    }

    private BatchIntake storeAll(List<Upload> uploads, SourceMetadata metadata, UUID batchId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (batchId != null) {
            UploadBatch batch = new UploadBatch();
            batch.id = batchId;
            batch.createdAt = now;
            batch.persist();
        }
        Map<String, StoredDocument> inThisRequest = new HashMap<>();
        List<Intake> results = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String sha256 = FileFacts.sha256(upload.bytes());
            Optional<StoredDocument> existing = Optional.ofNullable(inThisRequest.get(sha256))
                    .or(() -> StoredDocument.findBySha256(sha256));
            Intake intake = existing.map(d -> new Intake(d, true))
                    .orElseGet(() -> new Intake(storeOne(upload, sha256, metadata, now), false));
            inThisRequest.put(sha256, intake.document());
            results.add(intake);
            if (batchId != null) {
                BatchDocument member = new BatchDocument();
                member.key = new BatchDocument.Key(batchId, i);
                member.documentId = intake.document().id;
                member.fileName = FileFacts.cleanFileName(upload.fileName());
                member.duplicate = intake.duplicate();
                member.persist();
            }
        }
        return new BatchIntake(batchId, results);
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

    private StoredDocument storeOne(Upload upload, String sha256, SourceMetadata metadata, Instant now) {
        StoredDocument document = new StoredDocument();
        document.id = UUID.randomUUID();
        document.fileName = FileFacts.cleanFileName(upload.fileName());
        document.mediaType = upload.mediaType();
        document.size = upload.bytes().length;
        document.sha256 = sha256;
        // Microseconds: what PostgreSQL keeps, so that what we publish equals what we read back.
        document.receivedAt = now;
        document.status = DocumentStatus.RECEIVED.name();
        document.statusChangedAt = now;
        document.setMetadata(metadata);
        document.persist();

        DocumentContent content = new DocumentContent();
        content.documentId = document.id;
        content.bytes = upload.bytes();
        content.persist();

        DocumentReceived event = received(document, upload.bytes());
        OutboxEvent.persistFor(document.id, event.eventId(), DocumentReceived.class, event, json);
        return document;
    }

    private DocumentReceived received(StoredDocument document, byte[] bytes) {
        boolean inline = bytes.length <= config.maxInlineContentBytes();
        return new DocumentReceived(UUID.randomUUID(), DocumentReceived.SCHEMA_VERSION, document.id,
                document.fileName, document.mediaType, document.size, document.sha256, document.receivedAt,
                inline ? bytes : null, document.metadata());
    }
}
