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
                false, List.of());

        assertEquals(List.of(new SearchResult.VariantMatch("myasnikov", "Miasnikov", "P1", "person", "Gavriil Myasnikov")),
                outcome.matchedVia());
        assertEquals(List.of(new SearchResult.MatchedEntity("P1", "person", "Gavriil Myasnikov", List.of("Miasnikov"))),
                outcome.matchedEntities());
        assertEquals(List.of("The GPU had imprisoned <mark>Miasnikov</mark> &lt;then&gt;."), outcome.passages());
    }

    @Test
    void shouldReportNoVariantWhenTheDocumentWritesWhatWasTyped() {
        VariantMatcher.Outcome outcome = VariantMatcher.match(QueryText.parse("Miasnikov"), List.of(MYASNIKOV),
                false, List.of());

        assertEquals(List.of(), outcome.matchedVia());
        assertEquals(1, outcome.matchedEntities().size());
        assertEquals(List.of(), outcome.passages());
    }

    @Test
    void shouldMatchPhrasesAndPrefixesOfNamesAndFoldAccentsWhereTheIndexDoes() {
        MentionedEntity ruhle = new MentionedEntity("P9", "person", "Otto Rühle", List.of("Otto Ruehle"),
                List.of("Rühle", "Otto Rühle", "Otto Ruehle"), 1, List.of());

        assertEquals(List.of("gavriil myasnikov"), VariantMatcher.match(QueryText.parse("\"gavriil myasnikov\""),
                List.of(MYASNIKOV), false, List.of()).matchedVia().stream().map(SearchResult.VariantMatch::query).toList());
        assertEquals("Myas", VariantMatcher.match(QueryText.parse("Myas*"), List.of(MYASNIKOV), false, List.of())
                .matchedVia().get(0).query());
        assertEquals(List.of(), VariantMatcher.match(QueryText.parse("\"Myasnikov Gavriil\""), List.of(MYASNIKOV), false,
                List.of()).matchedEntities(), "a phrase in another order is not a match");
        assertEquals(List.of(), VariantMatcher.match(QueryText.parse("Ruhle"), List.of(ruhle), false, List.of())
                .matchedEntities(), "without folding, u is not ü");
        assertEquals("Otto Ruehle", VariantMatcher.match(QueryText.parse("Ruhle"), List.of(ruhle), true, List.of())
                .matchedVia().get(0).variant(), "with folding it is");
    }

    @Test
    void shouldCountEntitiesNamedByAFilterAsMatched() {
        VariantMatcher.Outcome outcome = VariantMatcher.match(QueryText.parse(""), List.of(MYASNIKOV, LATVIA), false,
                List.of("lettonia", "P1"));

        assertEquals(List.of("L1", "P1"), outcome.matchedEntities().stream().map(SearchResult.MatchedEntity::id).toList());
        assertEquals(List.of(), outcome.matchedVia(), "a filter is not a spelling match");
    }
}
