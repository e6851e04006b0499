package org.archivist.enrich.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change to the authority file: the audit trail, and the authority version ({@code version}). Until it is
 * published, the documents it affects have not been sent to be enriched again.
 */
@Entity
@Table(name = "authority_change")
public class AuthorityChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long version;

    @Column(nullable = false)
    public String action;

    /** {@code editor}, {@code enrichment} or {@code migration}. */
    @Column(name = "made_by", nullable = false)
    public String madeBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "entity_ids", nullable = false)
    public Long[] entityIds = new Long[0];

    public String type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "form_keys", nullable = false)
    public String[] formKeys = new String[0];

    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false)
    public String details;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt = Instant.now();

    @Column(name = "published_at")
    public Instant publishedAt;

    public static AuthorityChange record(String action, String madeBy, List<Long> entityIds, String type,
            List<String> formKeys, UUID documentId, String details) {
        AuthorityChange change = new AuthorityChange();
        change.action = action;
        change.madeBy = madeBy;
        change.entityIds = entityIds.toArray(Long[]::new);
        change.type = type;
        change.formKeys = formKeys.toArray(String[]::new);
        change.documentId = documentId;
        change.details = details;
        change.persist();
        return change;
    }

    /** The version of the authority file: that of its latest change. */
    public static long currentVersion() {
        Long version = getEntityManager().createQuery("select max(c.version) from AuthorityChange c", Long.class)
                .getSingleResult();
        return version == null ? 0 : version;
    }

    public static List<AuthorityChange> pending(int limit) {
        return find("publishedAt is null order by version").page(0, limit).list();
    }
}
