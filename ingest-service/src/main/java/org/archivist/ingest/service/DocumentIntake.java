package org.archivist.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.archivist.events.DocumentReceived;
import org.archivist.events.SourceMetadata;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.intake.DocumentStatus;
import org.archivist.ingest.intake.FileFacts;
import org.archivist.ingest.intake.InvalidUpload;
import org.archivist.ingest.intake.Unavailable;
import org.archivist.ingest.intake.Upload;
import org.archivist.ingest.intake.ZipArchive;
import org.archivist.ingest.messaging.OutboxRelay;
import org.archivist.ingest.persistence.BatchDocument;
import org.archivist.ingest.persistence.DocumentContent;
import org.archivist.ingest.persistence.DocumentFilter;
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
    private final Semaphore stores;
    private final MeterRegistry meters;

    public DocumentIntake(ObjectMapper json, IngestConfig config, OutboxRelay relay, MeterRegistry meters) {
        this.meters = meters;
        this.json = json;
        this.config = config;
        this.relay = relay;
        this.stores = new Semaphore(config.capacity().maxConcurrentStores(), true);
    }

    /** The files one dropped file stands for: itself, or a ZIP's entries. */
    public record Prepared(List<Upload> uploads, boolean archive) {
    }

    /**
     * Checks one file as it arrived (size, type from its bytes), and unpacks it when it is a ZIP.
     * @throws InvalidUpload saying what is wrong with it
     */
    public Prepared prepare(String fileName, byte[] bytes) {
        Upload upload = Upload.check(fileName, bytes, config.maxFileBytes());
        if (upload.isZip()) {
            return new Prepared(ZipArchive.unpack(fileName == null ? "upload.zip" : fileName, bytes,
                    new ZipArchive.Limits(config.zip().maxEntries(), config.maxFileBytes(),
                            config.zip().maxTotalBytes(), config.zip().maxRatio())), true);
        }
        return new Prepared(List.of(upload.requireSupported()), false);
    }

    /** Stores what {@link #prepare} made of one file: a document, or a batch for a ZIP. */
    public BatchIntake accept(Prepared prepared, SourceMetadata metadata) {
        return prepared.archive()
                ? acceptBatch(prepared.uploads(), metadata)
                : new BatchIntake(null, List.of(accept(prepared.uploads().get(0), metadata)));
    }

    public Intake accept(Upload upload, SourceMetadata metadata) {
        return store(List.of(upload), metadata, null).documents().get(0);
    }

    public BatchIntake acceptBatch(List<Upload> uploads, SourceMetadata metadata) {
        return store(uploads, metadata, UUID.randomUUID());
    }

    /**
     * Stores within the service's capacity: at most so many stores at once, each waiting its turn a bounded
     * time. Busy, or with the database away, the upload is refused as {@link Unavailable}, having stored nothing.
     */
    private BatchIntake store(List<Upload> uploads, SourceMetadata metadata, UUID batchId) {
        boolean admitted;
        try {
            admitted = stores.tryAcquire(config.capacity().maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            count(Unavailable.Kind.BUSY.slug, uploads.size());
            throw new Unavailable(Unavailable.Kind.BUSY, 1, "The archive is taking " + config.capacity().maxConcurrentStores()
                    + " uploads at once (archive.ingest.capacity.max-concurrent-stores); nothing was stored. Send it again shortly.",
                    null);
        }
        try {
            BatchIntake stored = storeWithinCapacity(uploads, metadata, batchId);
            stored.documents().forEach(d -> count(d.duplicate() ? "duplicate" : "stored", 1));
            return stored;
        } catch (RuntimeException e) {
            if (Unavailable.isStorageOutage(e)) {
                count(Unavailable.Kind.STORAGE_UNAVAILABLE.slug, uploads.size());
                throw new Unavailable(Unavailable.Kind.STORAGE_UNAVAILABLE, 5,
                        "The archive's database does not answer; nothing was stored. Send it again shortly.", e);
            }
            throw e;
        } finally {
            stores.release();
        }
    }

    /** Counts the files of uploads by what became of them: stored, duplicate, busy, storage-unavailable. */
    private void count(String outcome, int files) {
        meters.counter("archive.ingest.files", "outcome", outcome).increment(files);
    }

    private BatchIntake storeWithinCapacity(List<Upload> uploads, SourceMetadata metadata, UUID batchId) {
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

    /**
     * Deletes a document with its bytes and publishes a tombstone, so that enrich and search drop it too.
     * @return false when there was no such document
     */
    public boolean delete(UUID id) {
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> {
            if (StoredDocument.findById(id) == null) {
                return false;
            }
            // The bytes and batch entries go with it (on delete cascade).
            StoredDocument.deleteById(id);
            OutboxEvent.persistFor(id, UUID.randomUUID(), "DocumentDeleted", null, json);
            return true;
        });
        if (deleted) {
            relay.wake();
        }
        return deleted;
    }

    /**
     * Publishes the stored documents that match again, as new DocumentReceived events, so that the pipeline
     * enriches and indexes them anew; their status goes back to RECEIVED.
     * @return how many documents were sent again
     */
    public int replay(DocumentFilter filter) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> filter.find().project(DocumentId.class).list()
                .stream().map(DocumentId::id).toList());
        return replay(ids);
    }

    /** Sends these documents down the pipeline again; ids of documents deleted meanwhile are skipped. */
    public int replay(List<UUID> ids) {
        for (int from = 0; from < ids.size(); from += REPLAY_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + REPLAY_CHUNK));
            QuarkusTransaction.requiringNew().run(() -> chunk.forEach(this::republish));
            relay.wake();
        }
        return ids.size();
    }

    /**
     * Asks for these documents to be sent down the pipeline again once {@code delay} has passed; a document
     * already waiting keeps its earlier time, so that many asks make one replay. A replay that {@code givesWay}
     * waits while new documents keep the pipeline busy (see {@link #replayDue}); an ask that does not give way
     * makes a waiting one stop giving way.
     */
    public void replayLater(List<UUID> ids, java.time.Duration delay, boolean givesWay) {
        if (ids.isEmpty()) {
            return;
        }
        Instant due = Instant.now().plus(delay).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : ids) {
                // A deleted document has no row to refer to: nothing is inserted for it.
                StoredDocument.getEntityManager().createNativeQuery("insert into pending_replay (document_id, due_at,"
                        + " gives_way) select id, ?2, ?3 from document where id = ?1 on conflict (document_id) do update"
                        + " set due_at = least(pending_replay.due_at, excluded.due_at),"
                        + " gives_way = pending_replay.gives_way and excluded.gives_way")
                        .setParameter(1, id).setParameter(2, due).setParameter(3, givesWay).executeUpdate();
            }
        });
    }

    /**
     * Sends the replays that are due, at most {@code max}, in one transaction with their removal from the
     * waiting list: a crash before the commit leaves them waiting, none is lost. Several instances take
     * different rows. Those that give way go only while fewer than {@code busyAt} documents wait for
     * enrichment, and only as many as bring that up to {@code busyAt}, so that a backlog of new documents is
     * enriched first; one that has waited {@code maxYield} past its time goes anyway.
     * @return how many documents were sent again
     */
    public int replayDue(int max, int busyAt, java.time.Duration maxYield) {
        int sent = QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = StoredDocument.getEntityManager();
            Instant overdue = Instant.now().minus(maxYield).truncatedTo(ChronoUnit.MICROS);
            @SuppressWarnings("unchecked")
            List<UUID> due = new ArrayList<>(em.createNativeQuery("select document_id from pending_replay"
                    + " where due_at <= now() and (not gives_way or due_at <= ?2) order by due_at limit ?1"
                    + " for update skip locked", UUID.class)
                    .setParameter(1, max).setParameter(2, overdue).getResultList());
            int room = Math.min(max - due.size(), busyAt - awaitingEnrichment(busyAt));
            if (room > 0) {
                @SuppressWarnings("unchecked")
                List<UUID> givingWay = em.createNativeQuery("select document_id from pending_replay"
                        + " where due_at <= now() and gives_way and due_at > ?2 order by due_at limit ?1"
                        + " for update skip locked", UUID.class)
                        .setParameter(1, room).setParameter(2, overdue).getResultList();
                due.addAll(givingWay);
            }
            due.forEach(this::republish);
            if (!due.isEmpty()) {
                em.createNativeQuery("delete from pending_replay where document_id in (?1)")
                        .setParameter(1, due).executeUpdate();
            }
            return due.size();
        });
        if (sent > 0) {
            relay.wake();
        }
        return sent;
    }

    /** How many documents wait for enrichment (status RECEIVED), counted up to {@code atMost}. */
    public int awaitingEnrichment(int atMost) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) StoredDocument.getEntityManager()
                .createNativeQuery("select count(*) from (select 1 from document where status = ?1 limit ?2) waiting")
                .setParameter(1, DocumentStatus.RECEIVED.name()).setParameter(2, atMost).getSingleResult()).intValue());
    }

    /** Panache projection of a document's id. */
    public record DocumentId(UUID id) {
    }

    private static final int REPLAY_CHUNK = 200;

    private void republish(UUID id) {
        StoredDocument document = StoredDocument.findById(id);
        if (document == null) {
            return;
        }
        byte[] bytes = document.size <= config.maxInlineContentBytes()
                ? DocumentContent.<DocumentContent>findById(id).bytes : new byte[0];
        DocumentReceived event = received(document, bytes);
        OutboxEvent.persistFor(id, event.eventId(), DocumentReceived.class.getSimpleName(), event, json);
        document.status = DocumentStatus.RECEIVED.name();
        document.statusReason = null;
        document.statusChangedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
        OutboxEvent.persistFor(document.id, event.eventId(), DocumentReceived.class.getSimpleName(), event, json);
        return document;
    }

    private DocumentReceived received(StoredDocument document, byte[] bytes) {
        boolean inline = bytes.length > 0 && bytes.length <= config.maxInlineContentBytes();
        return new DocumentReceived(UUID.randomUUID(), DocumentReceived.SCHEMA_VERSION, document.id,
                document.fileName, document.mediaType, document.size, document.sha256, document.receivedAt,
                inline ? bytes : null, document.metadata());
    }
}
