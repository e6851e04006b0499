package org.archivist.enrich.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archivist.enrich.entities.NameKey;
import org.archivist.enrich.persistence.AuthorityChange;
import org.archivist.enrich.persistence.AuthorityEntity;
import org.archivist.enrich.persistence.EntityVariant;
import org.archivist.enrich.persistence.LinkSuggestion;

/**
 * What editors do to the authority file. Every change is recorded as an {@link AuthorityChange} (the audit
 * trail), which raises the authority version; the relay then sends the documents it affects to be enriched
 * again.
 */
@ApplicationScoped
public class AuthorityEditor {

    public static final Set<String> TYPES = Set.of("person", "place", "organisation", "periodical");
    static final Set<String> KINDS = Set.of("spelling", "transliteration", "exonym", "abbreviation", "ocr");
    private static final String EDITOR = "editor";

    /** A request the authority file cannot take: the kind says which HTTP status it gets. */
    public static final class Refused extends RuntimeException {

        public enum Kind { INVALID, NOT_FOUND, CONFLICT }

        private final Kind kind;

        Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** A form to add. */
    public record NewVariant(String form, String kind, String language) {
    }

    private final ObjectMapper json;

    public AuthorityEditor(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public AuthorityEntity create(String type, String preferredLabel, String wikidata, String geonames, String notes,
            List<NewVariant> variants) {
        if (type == null || !TYPES.contains(type)) {
            throw invalid("type must be one of " + TYPES);
        }
        String label = required(preferredLabel, "preferredLabel");
        AuthorityEntity entity = new AuthorityEntity();
        entity.type = type;
        entity.preferredLabel = label;
        entity.wikidata = blankToNull(wikidata);
        entity.geonames = blankToNull(geonames);
        entity.notes = blankToNull(notes);
        List<NewVariant> all = new ArrayList<>(variants == null ? List.of() : variants);
        all.add(0, new NewVariant(label, "spelling", null));
        for (NewVariant v : all) {
            String form = required(v.form(), "variant form");
            if (entity.variant(form) == null) {
                entity.variants.add(EntityVariant.of(entity, form, kind(v.kind()), v.language(), EntityVariant.EDITOR));
            }
        }
        entity.persist();
        change("entity-created", List.of(entity.id), entity, keys(entity.variants), Map.of("label", label));
        return flushed(entity);
    }

    @Transactional
    public AuthorityEntity update(String id, String preferredLabel, String wikidata, String geonames, String notes,
            Boolean confirmed) {
        AuthorityEntity entity = live(id);
        Map<String, Object> before = new LinkedHashMap<>();
        if (preferredLabel != null) {
            before.put("preferredLabel", entity.preferredLabel);
            entity.preferredLabel = required(preferredLabel, "preferredLabel");
            if (entity.variant(entity.preferredLabel) == null) {
                entity.variants.add(EntityVariant.of(entity, entity.preferredLabel, "spelling", null, EntityVariant.EDITOR));
            }
        }
        if (wikidata != null) {
            before.put("wikidata", entity.wikidata);
            entity.wikidata = blankToNull(wikidata);
        }
        if (geonames != null) {
            before.put("geonames", entity.geonames);
            entity.geonames = blankToNull(geonames);
        }
        if (notes != null) {
            before.put("notes", entity.notes);
            entity.notes = blankToNull(notes);
        }
        if (Boolean.TRUE.equals(confirmed)) {
            before.put("status", entity.status);
            entity.status = AuthorityEntity.CONFIRMED;
        }
        entity.updatedAt = Instant.now();
        change("entity-updated", List.of(entity.id), entity, List.of(), Map.of("before", before));
        return flushed(entity);
    }

    @Transactional
    public AuthorityEntity addVariant(String id, NewVariant variant) {
        AuthorityEntity entity = live(id);
        String form = required(variant.form(), "form");
        if (NameKey.of(form).isEmpty()) {
            throw invalid("a form needs letters");
        }
        if (entity.variant(form) != null) {
            throw new Refused(Refused.Kind.CONFLICT, entity.publicId() + " already has the form '" + form + "'");
        }
        EntityVariant added = EntityVariant.of(entity, form, kind(variant.kind()), variant.language(), EntityVariant.EDITOR);
        entity.variants.add(added);
        entity.updatedAt = Instant.now();
        change("variant-added", List.of(entity.id), entity, List.of(added.formKey), Map.of("form", form));
        return flushed(entity);
    }

    @Transactional
    public AuthorityEntity removeVariant(String id, long variantId) {
        AuthorityEntity entity = live(id);
        EntityVariant variant = entity.variants.stream().filter(v -> v.id == variantId).findFirst()
                .orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND, entity.publicId() + " has no variant " + variantId));
        if (variant.form.equals(entity.preferredLabel)) {
            throw new Refused(Refused.Kind.CONFLICT, "'" + variant.form + "' is the preferred label of "
                    + entity.publicId() + ": give it another label first");
        }
        entity.variants.remove(variant);
        entity.updatedAt = Instant.now();
        change("variant-removed", List.of(entity.id), entity, List.of(variant.formKey), Map.of("form", variant.form));
        return flushed(entity);
    }

    /** Merges {@code sourceId} into {@code targetId}: its forms go over, and it points to the target. */
    @Transactional
    public AuthorityEntity merge(String targetId, String sourceId) {
        AuthorityEntity target = live(targetId);
        AuthorityEntity source = live(sourceId);
        if (target.id.equals(source.id)) {
            throw invalid("an entity cannot be merged into itself");
        }
        if (!target.type.equals(source.type)) {
            throw new Refused(Refused.Kind.CONFLICT, "a " + source.type + " cannot be merged into a " + target.type);
        }
        // The forms the target did not have: an unmerge gives exactly these back.
        List<String> moved = new ArrayList<>();
        for (EntityVariant variant : new ArrayList<>(source.variants)) {
            source.variants.remove(variant);
            if (target.variant(variant.form) == null) {
                target.variants.add(EntityVariant.of(target, variant.form, variant.kind, variant.language, variant.source));
                moved.add(variant.form);
            }
        }
        source.mergedInto = target.id;
        source.updatedAt = Instant.now();
        target.updatedAt = Instant.now();
        change("entities-merged", List.of(target.id, source.id), target, List.of(),
                Map.of("target", target.publicId(), "merged", source.publicId(), "sourceLabel", source.preferredLabel,
                        "forms", moved));
        return flushed(target);
    }

    /**
     * Undoes a merge: the entity merged into {@code targetId} stands on its own again, with the forms it
     * brought (those the target had already stay with the target).
     */
    @Transactional
    public AuthorityEntity unmerge(String targetId, String mergedId) {
        AuthorityEntity target = live(targetId);
        Long merged = AuthorityEntity.parseId(mergedId);
        AuthorityEntity source = merged == null ? null : AuthorityEntity.findById(merged);
        if (source == null || !target.id.equals(source.mergedInto)) {
            throw new Refused(Refused.Kind.CONFLICT, mergedId + " was not merged into " + target.publicId());
        }
        AuthorityChange merge = AuthorityChange.find("action = 'entities-merged' and details like ?1 order by version desc",
                "%\"merged\":\"" + source.publicId() + "\"%").firstResult();
        List<String> forms = merge == null ? List.of(source.preferredLabel) : formsIn(merge.details);
        List<String> movedBack = new ArrayList<>();
        for (String form : forms) {
            EntityVariant variant = target.variant(form);
            if (variant != null && !form.equals(target.preferredLabel)) {
                target.variants.remove(variant);
                source.variants.add(EntityVariant.of(source, form, variant.kind, variant.language, variant.source));
                movedBack.add(form);
            }
        }
        if (source.variant(source.preferredLabel) == null) {
            source.variants.add(EntityVariant.of(source, source.preferredLabel, "spelling", null, EntityVariant.EDITOR));
        }
        source.mergedInto = null;
        source.updatedAt = Instant.now();
        target.updatedAt = Instant.now();
        change("entities-split", List.of(target.id, source.id), target, keysOf(movedBack),
                Map.of("target", target.publicId(), "restored", source.publicId(), "forms", movedBack));
        return flushed(source);
    }

    /** Splits forms off an entity into a new one of the same type. */
    @Transactional
    public AuthorityEntity split(String id, List<String> forms, String preferredLabel) {
        AuthorityEntity entity = live(id);
        if (forms == null || forms.isEmpty()) {
            throw invalid("name the forms to split off");
        }
        AuthorityEntity split = new AuthorityEntity();
        split.type = entity.type;
        split.preferredLabel = preferredLabel == null || preferredLabel.isBlank() ? forms.get(0) : preferredLabel.strip();
        for (String form : forms) {
            EntityVariant variant = entity.variant(form);
            if (variant == null) {
                throw new Refused(Refused.Kind.NOT_FOUND, entity.publicId() + " has no form '" + form + "'");
            }
            if (form.equals(entity.preferredLabel)) {
                throw new Refused(Refused.Kind.CONFLICT, "'" + form + "' is the preferred label of " + entity.publicId());
            }
            entity.variants.remove(variant);
            split.variants.add(EntityVariant.of(split, form, variant.kind, variant.language, variant.source));
        }
        if (split.variant(split.preferredLabel) == null) {
            split.variants.add(EntityVariant.of(split, split.preferredLabel, "spelling", null, EntityVariant.EDITOR));
        }
        split.persist();
        entity.updatedAt = Instant.now();
        change("entity-split", List.of(entity.id, split.id), entity, keysOf(forms),
                Map.of("from", entity.publicId(), "new", split.publicId(), "forms", forms));
        return flushed(split);
    }

    /** Accepts a suggested link: the form becomes a variant of the entity (or both forms one entity). */
    @Transactional
    public AuthorityEntity accept(long suggestionId) {
        LinkSuggestion s = pending(suggestionId);
        AuthorityEntity entity = s.candidateEntityId != null ? live(AuthorityEntity.publicId(s.candidateEntityId))
                : entityWithKey(s.type, NameKey.of(s.candidateForm));
        if (entity == null) {
            entity = entityWithKey(s.type, s.formKey);
        }
        if (entity == null) {
            entity = new AuthorityEntity();
            entity.type = s.type;
            entity.preferredLabel = s.candidateForm;
            entity.variants.add(EntityVariant.of(entity, s.candidateForm, "spelling", null, EntityVariant.EDITOR));
            entity.persist();
        }
        entity.status = AuthorityEntity.CONFIRMED;
        List<String> added = new ArrayList<>();
        for (String form : s.candidateForm == null ? List.of(s.form) : List.of(s.form, s.candidateForm)) {
            if (entity.variant(form) == null) {
                entity.variants.add(EntityVariant.of(entity, form, "spelling", null, EntityVariant.EDITOR));
                added.add(form);
            }
        }
        entity.updatedAt = Instant.now();
        s.status = LinkSuggestion.ACCEPTED;
        s.decidedAt = Instant.now();
        change("suggestion-accepted", List.of(entity.id), entity, keysOf(List.of(s.form)),
                Map.of("suggestion", s.id, "form", s.form, "added", added));
        return flushed(entity);
    }

    /** Rejects a suggested link: the pair is not suggested again. The authority file does not change. */
    @Transactional
    public LinkSuggestion reject(long suggestionId) {
        LinkSuggestion s = pending(suggestionId);
        s.status = LinkSuggestion.REJECTED;
        s.decidedAt = Instant.now();
        return s;
    }

    /** Flushed, so that what it shows has its ids. */
    private static AuthorityEntity flushed(AuthorityEntity entity) {
        AuthorityEntity.flush();
        return entity;
    }

    private LinkSuggestion pending(long suggestionId) {
        LinkSuggestion s = LinkSuggestion.findById(suggestionId);
        if (s == null) {
            throw new Refused(Refused.Kind.NOT_FOUND, "no suggestion " + suggestionId);
        }
        if (!LinkSuggestion.PENDING.equals(s.status)) {
            throw new Refused(Refused.Kind.CONFLICT, "suggestion " + suggestionId + " was already " + s.status);
        }
        return s;
    }

    /** The entity, if it exists and was not merged into another. */
    public AuthorityEntity live(String id) {
        Long dbId = AuthorityEntity.parseId(id);
        AuthorityEntity entity = dbId == null ? null : AuthorityEntity.findById(dbId);
        if (entity == null) {
            throw new Refused(Refused.Kind.NOT_FOUND, "no entity " + id);
        }
        if (entity.mergedInto != null) {
            throw new Refused(Refused.Kind.CONFLICT, entity.publicId() + " was merged into "
                    + AuthorityEntity.publicId(entity.mergedInto));
        }
        return entity;
    }

    private static AuthorityEntity entityWithKey(String type, String key) {
        List<AuthorityEntity> found = AuthorityEntity.find("select distinct v.entity from EntityVariant v"
                + " where v.formKey = ?1 and v.entity.type = ?2 and v.entity.mergedInto is null", key, type).list();
        return found.size() == 1 ? found.get(0) : null;
    }

    private void change(String action, List<Long> ids, AuthorityEntity entity, List<String> formKeys,
            Map<String, ?> details) {
        try {
            AuthorityChange.record(action, EDITOR, ids, entity.type, formKeys, null, json.writeValueAsString(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> formsIn(String details) {
        try {
            List<String> forms = new ArrayList<>();
            json.readTree(details).path("forms").forEach(f -> forms.add(f.asText()));
            return forms;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static List<String> keys(List<EntityVariant> variants) {
        return variants.stream().map(v -> v.formKey).distinct().toList();
    }

    private static List<String> keysOf(List<String> forms) {
        return forms.stream().map(NameKey::of).filter(k -> !k.isEmpty()).distinct().toList();
    }

    private static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return "spelling";
        }
        if (!KINDS.contains(kind)) {
            throw invalid("kind must be one of " + KINDS);
        }
        return kind;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw invalid(what + " is required");
        }
        if (value.length() > 500) {
            throw invalid(what + " is longer than 500 characters");
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Refused invalid(String message) {
        return new Refused(Refused.Kind.INVALID, message);
    }
}
