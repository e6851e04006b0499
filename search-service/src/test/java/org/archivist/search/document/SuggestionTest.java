package org.archivist.search.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    @Test
    void shouldStartEachTermWithANameOrALaterWordOfIt() {
        MentionedEntity comintern = new MentionedEntity("O1", "organisation", "Communist International",
                List.of("Third International"), List.of("Communist International", "Comintern", "Third International"),
                3, List.of());

        List<Suggestion> terms = Suggestion.entityTerms(List.of(comintern)).stream().map(Suggestion::parse).toList();

        assertEquals(List.of("Communist International", "International", "Comintern", "Third International"),
                terms.stream().map(Suggestion::matched).toList());
        terms.forEach(t -> {
            assertEquals("O1", t.id());
            assertEquals("Communist International", t.label());
            assertEquals("organisation", t.type());
            assertEquals(Suggestion.ENTITY, t.kind());
        });
    }

    @Test
    void shouldOfferTitlesWithAndWithoutTheirArticle() {
        List<Suggestion> titles = Suggestion.titleTerms("The Workers of Glasgow", "d1").stream().map(Suggestion::parse).toList();

        assertEquals(List.of("The Workers of Glasgow", "Workers of Glasgow"), titles.stream().map(Suggestion::matched).toList());
        assertTrue(titles.stream().allMatch(t -> t.id().equals("d1") && t.label().equals("The Workers of Glasgow")));
        assertEquals(List.of(), Suggestion.titleTerms(" ", "d2"));
    }

    @Test
    void shouldKeepTermsShortEnoughForTheIndex() {
        String longName = "W".repeat(5000);
        String term = Suggestion.entityTerms(List.of(new MentionedEntity(null, "person", longName, List.of(longName),
                List.of(longName), 1, List.of()))).get(0);

        assertTrue(term.length() < 1024, "under the field's ignore_above: " + term.length());
        assertEquals(null, Suggestion.parse(term).id());
    }
}
