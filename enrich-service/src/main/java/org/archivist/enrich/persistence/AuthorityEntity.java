package org.archivist.enrich.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person, place, organisation or periodical of the authority file. */
@Entity
@Table(name = "authority_entity")
public class AuthorityEntity extends PanacheEntityBase {

    public static final String CONFIRMED = "confirmed";
    public static final String PROPOSED = "proposed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String type;

    @Column(name = "preferred_label", nullable = false)
    public String preferredLabel;

    public String wikidata;

    public String geonames;

    public String notes;

    @Column(nullable = false)
    public String status = CONFIRMED;

    @Column(name = "merged_into")
    public Long mergedInto;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "entity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EntityVariant> variants = new ArrayList<>();

    /** The id as the API and the events show it: "E42". */
    public String publicId() {
        return publicId(id);
    }

    public static String publicId(long id) {
        return "E" + id;
    }

    /** The database id of "E42", or null when {@code publicId} is not one. */
    public static Long parseId(String publicId) {
        if (publicId == null || !publicId.matches("E[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.parseLong(publicId.substring(1));
    }

    public EntityVariant variant(String form) {
        return variants.stream().filter(v -> v.form.equals(form)).findFirst().orElse(null);
    }
}
