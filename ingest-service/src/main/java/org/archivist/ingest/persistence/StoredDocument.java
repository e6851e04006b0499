package org.archivist.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.archivist.events.SourceMetadata;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** A {@code DocumentStatus} name. */
    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "periodical")
    public String periodical;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "language")
    public String language;

    @Column(name = "collection")
    public String collection;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false)
    public List<String> tags = new ArrayList<>();

    public SourceMetadata metadata() {
        return new SourceMetadata(periodical, issueDate, sourceUrl, language, collection, tags);
    }

    public void setMetadata(SourceMetadata metadata) {
        periodical = metadata.periodical();
        issueDate = metadata.issueDate();
        sourceUrl = metadata.sourceUrl();
        language = metadata.language();
        collection = metadata.collection();
        tags = new ArrayList<>(metadata.tags());
    }

    public static Optional<StoredDocument> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
