package org.archivist.enrich.entities.hipe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.archivist.enrich.entities.Mention;
import org.junit.jupiter.api.Test;

class ProductFinderTest {

    private static final ProductFinder FINDER = new ProductFinder();

    private static List<String> found(String text) {
        return FINDER.apply(text).stream().map(m -> m.type() + ":" + m.surface()).toList();
    }

    private static void assertFound(String text, String... expected) {
        List<String> found = found(text);
        assertTrue(found.containsAll(List.of(expected)), () -> "in '" + text + "' found " + found);
    }

    @Test
    void shouldTakeANameAfterATitleForAPerson() {
        assertFound("the established reputation of Dr. Read as a successful physician", "person:Read");
        assertFound("commanded by Major Van der Gracht. Both parties", "person:Major Van der Gracht");
        assertFound("Rambouillet, to treat with the King, and the Emperor said", "person:the King",
                "person:the Emperor");
    }

    @Test
    void shouldFindPlacesWithTheirCountyOrState() {
        assertFound("who lives in Essex county about 14 miles below", "place:Essex county");
        assertFound("Edward Shepherd, of Harrisburg, Ill., had a running sore", "place:Harrisburg, Ill.");
        assertFound("any part of the City of Washington, or Baltimore", "place:City of Washington");
        assertFound("Cookeville looks like Broad street in Nashville", "place:Broad street");
        assertFound("at 54 Main Street, Tabor City", "place:54 Main Street");
    }

    @Test
    void shouldFindOrganisationsByTheirPatterns() {
        assertFound("Whereas, The Springfield Fire and Marine Insurance Company located in the city",
                "organisation:Springfield Fire and Marine Insurance Company");
        assertFound("a bill authorising the Board of Public Works to subscribe", "organisation:Board of Public Works");
    }

    @Test
    void shouldFindPeriodicalsByTheirNames() {
        assertFound("the following extract from the Wilmington Intelligencer, printed at Georgetown",
                "periodical:Wilmington Intelligencer");
        assertFound("The Richmond Whig says that Virginia", "periodical:Richmond Whig");
    }

    @Test
    void shouldFindDatesAsWellAsNames() {
        List<Mention> mentions = FINDER.apply("Dated at Alexandria, March 10, 1810.");

        assertTrue(mentions.stream().anyMatch(m -> m.type().equals("date") && "1810-03-10".equals(m.normalised())),
                mentions.toString());
    }
}
