package org.archivist.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One request that dropped several files, or a ZIP. */
@Entity
@Table(name = "upload_batch")
public class UploadBatch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
