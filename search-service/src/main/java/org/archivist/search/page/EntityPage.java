package org.archivist.search.page;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archivist.search.query.SearchResult;

/**
 * What the entity page shows: the entity's preferred label and type, every spelling the documents write it
 * in, the documents that mention it (oldest first) and their years as a time line.
 *
 * @param search the search page's state for this entity alone: its year bars narrow that search
 */
public record EntityPage(String id, String label, String type, List<String> variants, SearchView documents,
        SearchState search) {

    /** The filter of the search page that takes this entity's id: its type's, else any type's. */
    public static String filterFor(String type) {
        return switch (type == null ? "" : type) {
            case "person", "place", "organisation" -> type;
            default -> "entity";
        };
    }

    public static EntityPage of(String id, SearchResult result) {
        String label = id;
        String type = null;
        Set<String> variants = new LinkedHashSet<>();
        for (SearchResult.Hit hit : result.hits()) {
            for (SearchResult.MatchedEntity e : hit.matchedEntities() == null ? List.<SearchResult.MatchedEntity>of()
                    : hit.matchedEntities()) {
                if (id.equals(e.id())) {
                    if (type == null) {
                        label = e.label() == null ? id : e.label();
                        type = e.type();
                    }
                    variants.addAll(e.surfaceForms() == null ? List.of() : e.surfaceForms());
                }
            }
        }
        String filter = filterFor(type);
        SearchState search = new SearchState("", Map.of(filter, List.of(id)), null, null, "date", 0);
        return new EntityPage(id, label, type == null ? "entity" : type, List.copyOf(variants),
                SearchView.of(search, result), search);
    }
}
