package org.archivist.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The original bytes of a document, stored once. */
@Entity
@Table(name = "document_content")
public class DocumentContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "bytes", nullable = false)
    public byte[] bytes;
}
