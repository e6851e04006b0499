package org.archivist.enrich.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A link for an editor to accept or reject: a name that looks like an entity, or like another name. */
@Entity
@Table(name = "link_suggestion")
public class LinkSuggestion extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String form;

    @Column(name = "form_key", nullable = false)
    public String formKey;

    @Column(name = "candidate_entity_id")
    public Long candidateEntityId;

    @Column(name = "candidate_form")
    public String candidateForm;

    @Column(nullable = false)
    public double similarity;

    @Column(nullable = false)
    public String reason;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false)
    public String status = PENDING;

    /** Type, key and candidate: a pair is suggested once, whatever became of it. */
    @Column(nullable = false, unique = true)
    public String pair;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static String pair(String type, String formKey, Long candidateEntityId, String candidateFormKey) {
        String a = formKey;
        String b = candidateEntityId != null ? "E" + candidateEntityId : "F" + candidateFormKey;
        // A pair of two forms is the same pair whichever way round.
        if (candidateEntityId == null && a.compareTo(candidateFormKey) > 0) {
            return type + "|" + candidateFormKey + "|F" + a;
        }
        return type + "|" + a + "|" + b;
    }
}
