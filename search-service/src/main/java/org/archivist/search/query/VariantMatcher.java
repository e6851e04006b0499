package org.archivist.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archivist.search.document.MentionedEntity;
import org.archivist.search.document.Passage;

/**
 * Which entities of a hit the query matched, and which of the document's own spellings it reached only
 * through the authority file's variants: Elasticsearch found the document through the variants field, and the
 * words are compared here with the index's own rules ({@link Words}) to say through which.
 */
public final class VariantMatcher {

    /** What a hit's entities tell about the match. */
    public record Outcome(List<SearchResult.MatchedEntity> matchedEntities, List<SearchResult.VariantMatch> matchedVia,
            List<String> passages) {
    }

    private VariantMatcher() {
    }

    /**
     * @param fold         whether the index folds accents, so that the words compare as the index matched them
     * @param filterValues the entity filters of the search (ids or names)
     */
    public static Outcome match(QueryText query, List<MentionedEntity> entities, boolean fold,
            List<String> filterValues) {
        return match(query.finder(fold), entities, filterValues);
    }

    /** As {@link #match(QueryText, List, boolean, List)}, with the query's words already cut. */
    public static Outcome match(QueryText.Finder query, List<MentionedEntity> entities, List<String> filterValues) {
        Map<MentionedEntity, Set<String>> matched = new LinkedHashMap<>();
        if (!query.wantsNothing()) {
            for (MentionedEntity entity : entities) {
                for (String name : entity.names()) {
                    QueryText.Found found = query.find(name);
                    if (found.any()) {
                        matched.computeIfAbsent(entity, e -> new LinkedHashSet<>()).addAll(found.terms());
                    }
                }
            }
        }
        for (String value : filterValues) {
            for (MentionedEntity entity : entities) {
                if (entity.isNamed(value)) {
                    matched.computeIfAbsent(entity, e -> new LinkedHashSet<>());
                }
            }
        }
        List<SearchResult.MatchedEntity> matchedEntities = new ArrayList<>();
        List<SearchResult.VariantMatch> via = new ArrayList<>();
        List<String> passages = new ArrayList<>();
        for (Map.Entry<MentionedEntity, Set<String>> entry : matched.entrySet()) {
            MentionedEntity entity = entry.getKey();
            matchedEntities.add(new SearchResult.MatchedEntity(entity.id(), entity.type(), entity.preferredLabel(),
                    entity.surfaceForms()));
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String typed = String.join(" ", entry.getValue());
            for (String spelling : entity.surfaceForms()) {
                if (query.find(spelling).any()) {
                    continue;
                }
                via.add(new SearchResult.VariantMatch(typed, spelling, entity.id(), entity.type(),
                        entity.preferredLabel()));
                for (Passage passage : entity.passages()) {
                    if (passage.surface().equals(spelling)) {
                        passages.add(Html.marked(passage.text(), passage.markStart(), passage.markEnd()));
                    }
                }
            }
        }
        return new Outcome(matchedEntities, via, passages);
    }
}
