package org.archivist.ingest.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.archivist.ingest.intake.DocumentStatus;
import org.archivist.ingest.persistence.BatchDocument;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.ingest.persistence.UploadBatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/batches")
@Tag(name = "batches", description = "Requests that dropped several files or a ZIP")
public class BatchResource {

    /** One file of the batch and where its document stands. */
    public record BatchItem(int position, String fileName, UUID documentId, boolean duplicate, String status,
            String statusReason) {
    }

    /**
     * @param state IN_PROGRESS while any document is RECEIVED or ENRICHED; else COMPLETED when all are INDEXED,
     *              COMPLETED_WITH_FAILURES when some FAILED
     */
    public record BatchView(UUID id, Instant createdAt, String state, int total, Map<DocumentStatus, Long> counts,
            List<BatchItem> documents) {
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A batch: each file's document and status, and their sum")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(responseCode = "400", description = "Not a batch id (problem+json)")
    @APIResponse(responseCode = "404", description = "No such batch (problem+json)")
    public BatchView get(@PathParam("id") String id) {
        UUID batchId = Problems.id(id, "batch");
        return QuarkusTransaction.requiringNew().call(() -> {
            UploadBatch batch = UploadBatch.<UploadBatch>findByIdOptional(batchId)
                    .orElseThrow(() -> Problems.notFound("batch", batchId));
            Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
            for (DocumentStatus status : DocumentStatus.values()) {
                counts.put(status, 0L);
            }
            List<BatchItem> items = BatchDocument.ofBatch(batchId).stream().map(member -> {
                StoredDocument document = StoredDocument.findById(member.documentId);
                DocumentStatus status = DocumentStatus.parse(document.status);
                counts.merge(status, 1L, Long::sum);
                return new BatchItem(member.key.position(), member.fileName, member.documentId, member.duplicate,
                        document.status, document.statusReason);
            }).toList();
            long inProgress = counts.get(DocumentStatus.RECEIVED) + counts.get(DocumentStatus.ENRICHED);
            String state = inProgress > 0 ? "IN_PROGRESS"
                    : counts.get(DocumentStatus.FAILED) > 0 ? "COMPLETED_WITH_FAILURES" : "COMPLETED";
            return new BatchView(batch.id, batch.createdAt, state, items.size(), counts, items);
        });
    }
}
