package org.archivist.enrich.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A name an enriched document mentions, linked to an entity or not, with how often. */
@Entity
@Table(name = "document_name")
public class DocumentName extends PanacheEntityBase {

    /** The document, the name's type and key. */
    @Embeddable
    public record Key(@Column(name = "document_id") UUID documentId, String type,
            @Column(name = "form_key") String formKey) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String form;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(nullable = false)
    public int mentions;
}
