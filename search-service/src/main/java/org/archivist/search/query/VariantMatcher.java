package org.archivist.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.archivist.search.document.MentionedEntity;
import org.archivist.search.document.Passage;

/**
 * Which entities of a hit the query matched, and which of the document's own spellings it reached only
 * through the authority file's variants. Elasticsearch says which variants matched (they are highlighted);
 * this maps them back to the entities and to the document's spellings.
 */
public final class VariantMatcher {

    /** What a hit's entities tell about the match. */
    public record Outcome(List<SearchResult.MatchedEntity> matchedEntities, List<SearchResult.VariantMatch> matchedVia,
            List<String> passages) {
    }

    private VariantMatcher() {
    }

    /**
     * @param highlightedVariants the hit's variants that matched, whole, with the matched words in marks
     * @param filterValues        the entity filters of the search (ids or names)
     */
    public static Outcome match(QueryText query, List<MentionedEntity> entities, List<String> highlightedVariants,
            List<String> filterValues) {
        Map<MentionedEntity, Set<String>> matched = new LinkedHashMap<>();
        for (String fragment : highlightedVariants) {
            String variant = Html.plain(fragment);
            List<String> words = Html.markedWords(fragment);
            for (MentionedEntity entity : entities) {
                if (entity.variants().contains(variant) || entity.surfaceForms().contains(variant)
                        || variant.equals(entity.preferredLabel())) {
                    matched.computeIfAbsent(entity, e -> new LinkedHashSet<>()).addAll(words);
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
            String typed = typedForm(query, entry.getValue());
            for (String spelling : entity.surfaceForms()) {
                if (containsAnyWord(spelling, entry.getValue())) {
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

    /** The words as the researcher typed them, where the highlight has them in the variant's own case. */
    private static String typedForm(QueryText query, Set<String> marked) {
        List<String> words = new ArrayList<>();
        for (String word : marked) {
            String typed = word;
            for (String term : query.terms()) {
                if (term.equalsIgnoreCase(word)) {
                    typed = term;
                    break;
                }
            }
            if (!words.contains(typed)) {
                words.add(typed);
            }
        }
        return String.join(" ", words);
    }

    private static boolean containsAnyWord(String spelling, Set<String> words) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : spelling.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        for (String word : words) {
            for (String token : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!token.isEmpty() && tokens.contains(token)) {
                    return true;
                }
            }
        }
        return false;
    }
}
