package org.archivist.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.archivist.search.document.MentionedEntity;
import org.archivist.search.document.Passage;
import org.junit.jupiter.api.Test;

class VariantMatcherTest {

    private static final MentionedEntity MYASNIKOV = new MentionedEntity("P1", "person", "Gavriil Myasnikov",
            List.of("Miasnikov"), List.of("Myasnikov", "Miasnikov", "Gavriil Myasnikov"), 2,
            List.of(new Passage("Miasnikov", "The GPU had imprisoned Miasnikov <then>.", 23, 32)));
    private static final MentionedEntity LATVIA = new MentionedEntity("L1", "place", "Latvia", List.of("Lettland"),
            List.of("Latvia", "Lettland", "Lettonia"), 1, List.of());

    @Test
    void shouldSayWhichOfTheDocumentsSpellingsTheQueryReachedThroughAVariant() {
        VariantMatcher.Outcome outcome = VariantMatcher.match(QueryText.parse("myasnikov"), List.of(MYASNIKOV, LATVIA),
                List.of("<mark>Myasnikov</mark>", "Gavriil <mark>Myasnikov</mark>"), List.of());

        assertEquals(List.of(new SearchResult.VariantMatch("myasnikov", "Miasnikov", "P1", "person", "Gavriil Myasnikov")),
                outcome.matchedVia());
        assertEquals(List.of(new SearchResult.MatchedEntity("P1", "person", "Gavriil Myasnikov", List.of("Miasnikov"))),
                outcome.matchedEntities());
        assertEquals(List.of("The GPU had imprisoned <mark>Miasnikov</mark> &lt;then&gt;."), outcome.passages());
    }

    @Test
    void shouldReportNoVariantWhenTheDocumentWritesWhatWasTyped() {
        VariantMatcher.Outcome outcome = VariantMatcher.match(QueryText.parse("Miasnikov"), List.of(MYASNIKOV),
                List.of("<mark>Miasnikov</mark>"), List.of());

        assertEquals(List.of(), outcome.matchedVia());
        assertEquals(1, outcome.matchedEntities().size());
        assertEquals(List.of(), outcome.passages());
    }

    @Test
    void shouldCountEntitiesNamedByAFilterAsMatched() {
        VariantMatcher.Outcome outcome = VariantMatcher.match(QueryText.parse(""), List.of(MYASNIKOV, LATVIA), List.of(),
                List.of("lettonia", "P1"));

        assertEquals(List.of("L1", "P1"), outcome.matchedEntities().stream().map(SearchResult.MatchedEntity::id).toList());
        assertEquals(List.of(), outcome.matchedVia(), "a filter is not a spelling match");
    }
}
