package org.archivist.enrich.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.archivist.enrich.entities.NameKey;

/** A form of an entity's name, and where it comes from. */
@Entity
@Table(name = "entity_variant")
public class EntityVariant extends PanacheEntityBase {

    public static final String STARTER = "starter";
    public static final String EDITOR = "editor";
    public static final String AUTOMATIC = "automatic";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id")
    public AuthorityEntity entity;

    @Column(nullable = false)
    public String form;

    @Column(name = "form_key", nullable = false)
    public String formKey;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String language = "und";

    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static EntityVariant of(AuthorityEntity entity, String form, String kind, String language, String source) {
        EntityVariant variant = new EntityVariant();
        variant.entity = entity;
        variant.form = form;
        variant.formKey = NameKey.of(form);
        variant.kind = kind;
        variant.language = language == null || language.isBlank() ? "und" : language;
        variant.source = source;
        return variant;
    }
}
