package org.archivist.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** One file of a batch and the document it became (or already was, for a duplicate). */
@Entity
@Table(name = "batch_document")
public class BatchDocument extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "batch_id") UUID batchId, @Column(name = "position") int position)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "duplicate", nullable = false)
    public boolean duplicate;

    public static List<BatchDocument> ofBatch(UUID batchId) {
        return list("key.batchId = ?1 order by key.position", batchId);
    }
}
