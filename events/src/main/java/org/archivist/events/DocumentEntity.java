package org.archivist.events;

import java.util.List;

/**
 * A person, place, organisation or periodical that a document mentions, with what search needs to filter,
 * facet and match spelling variants.
 *
 * @param id             the authority file's entity id, or null for a name not (yet) in the authority file
 * @param type           one of the {@code EntityMention.*} type names (never {@code date})
 * @param preferredLabel the authority file's preferred label, else the name as most often written here
 * @param surfaceForms   the forms this document writes it in ("Miasnikov", "Myasnikov")
 * @param variants       every variant the authority file knows for it, surface forms included
 * @param mentions       how many times this document mentions it
 */
public record DocumentEntity(String id, String type, String preferredLabel, List<String> surfaceForms,
        List<String> variants, int mentions) {

    public DocumentEntity {
        surfaceForms = surfaceForms == null ? List.of() : List.copyOf(surfaceForms);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
