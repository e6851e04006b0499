package org.archivist.search.document;

import java.util.List;
import java.util.Locale;

/**
 * A person, place, organisation or periodical as one document mentions it: the enriched event's entity,
 * with a passage for each spelling the document uses that the authority file knows other variants of.
 *
 * @param id       the authority file's id, or null for a name not in it
 * @param passages empty when the authority file knows no spelling beyond the document's own
 */
public record MentionedEntity(String id, String type, String preferredLabel, List<String> surfaceForms,
        List<String> variants, int mentions, List<Passage> passages) {

    public MentionedEntity {
        surfaceForms = surfaceForms == null ? List.of() : List.copyOf(surfaceForms);
        variants = variants == null ? List.of() : List.copyOf(variants);
        passages = passages == null ? List.of() : List.copyOf(passages);
    }

    /** The id, or for a name not in the authority file its label: what filters and facets use. */
    public String key() {
        return id != null ? id : preferredLabel;
    }

    /** Every name this entity goes by here: preferred label, the authority's variants and the document's forms. */
    public List<String> names() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        if (preferredLabel != null) {
            names.add(preferredLabel);
        }
        names.addAll(variants);
        names.addAll(surfaceForms);
        return List.copyOf(names);
    }

    /** Whether {@code value} is this entity's id, or one of its names in any case. */
    public boolean isNamed(String value) {
        if (id != null && id.equals(value)) {
            return true;
        }
        String v = value.toLowerCase(Locale.ROOT);
        return names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(v));
    }
}
