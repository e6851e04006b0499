package org.archivist.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A received document's metadata; its bytes live in {@link DocumentContent}. */
@Entity
@Table(name = "document")
public class StoredDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(name = "sha256", nullable = false, unique = true)
    public String sha256;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static Optional<StoredDocument> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
