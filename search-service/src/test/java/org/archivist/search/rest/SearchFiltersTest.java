package org.archivist.search.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.archivist.events.EntityMention;
import org.archivist.search.fixtures.Api;
import org.archivist.search.fixtures.Corpus;
import org.archivist.search.fixtures.Expected;
import org.archivist.search.fixtures.SeedFixture;
import org.junit.jupiter.api.Test;

/** Every filter of {@code /api/search}, on the fixture corpus, against what the corpus says it must find. */
@QuarkusTest
@TestProfile(Corpus.Profile.class)
class SearchFiltersTest extends CorpusTestBase {

    @Test
    void shouldFilterByPersonIdPreferredLabelOrAnyVariantInAnyCase() {
        Set<String> expected = Expected.ids(d -> Expected.mentions(d, "P1"));
        assertTrue(expected.size() >= 5 && expected.size() < Corpus.DOCUMENTS.size(), "a useful test: " + expected.size());

        assertEquals(expected, Api.ids("person", "P1"));
        assertEquals(expected, Api.ids("person", "Gavriil Myasnikov"));
        assertEquals(expected, Api.ids("person", "miasnikov"));
        assertEquals(expected, Api.ids("person", "G. T. Miasnikov"));
    }

    @Test
    void shouldFilterByTheLabelOfANameTheAuthorityFileDoesNotKnow() {
        String unknown = "Bratzky";
        Set<String> expected = Expected.ids(d -> d.entities().stream().anyMatch(e -> e.id() == null
                && e.type().equals(EntityMention.PERSON) && e.preferredLabel().equals(unknown)));
        assertFalse(expected.isEmpty());

        assertEquals(expected, Api.ids("person", unknown));
        assertEquals(expected, Api.ids("person", unknown.toUpperCase(Locale.ROOT)));
    }

    @Test
    void shouldFilterByPlaceAndOrganisationAndRequireEveryEntityGiven() {
        assertEquals(Expected.ids(d -> Expected.mentions(d, "L1")), Api.ids("place", "Lettland"));
        assertEquals(Expected.ids(d -> Expected.mentions(d, "L1")), Api.ids("place", "L1"));
        assertEquals(Expected.ids(d -> Expected.mentions(d, "O1")), Api.ids("organisation", "Comintern"));
        Set<String> both = Expected.ids(d -> Expected.mentions(d, "O1") && Expected.mentions(d, "L2"));
        assertEquals(both, Api.ids("organisation", "Third International", "place", "Moskau"));
        assertEquals(Set.of(), Api.ids("person", "Lettland"), "a place is not a person");
        assertEquals(Expected.ids(d -> Expected.mentions(d, "P2") && Expected.mentions(d, "P3")),
                Api.ids("entity", "P2", "entity", "P3"));
        assertTrue(Api.ids("person", "Kusnetzov", "person", "Prostatnov").contains(SeedFixture.ID.toString()));
    }

    @Test
    void shouldFilterByPeriodicalInAnyCaseAndTakeAnyOfSeveral() {
        Set<String> dreadnought = Expected.ids(d -> "Workers' Dreadnought".equals(Expected.periodical(d)));
        Set<String> worker = Expected.ids(d -> "The Worker".equals(Expected.periodical(d)));
        assertTrue(dreadnought.contains(SeedFixture.ID.toString()), "the seed's periodical comes from its citation");
        assertFalse(worker.isEmpty());

        assertEquals(dreadnought, Api.ids("periodical", "workers' dreadnought"));
        Set<String> either = new java.util.LinkedHashSet<>(dreadnought);
        either.addAll(worker);
        assertEquals(either, Api.ids("periodical", "Workers' Dreadnought", "periodical", "The Worker"));
    }

    @Test
    void shouldFilterByLanguageCollectionAndTags() {
        assertEquals(Expected.ids(d -> "de".equals(d.metadata().language())), Api.ids("language", "DE"));
        assertEquals(Expected.ids(d -> "fr".equals(d.metadata().language()) || "es".equals(d.metadata().language())),
                Api.ids("language", "fr", "language", "es"));
        assertEquals(Expected.ids(d -> "women-suffrage".equals(d.metadata().collection())),
                Api.ids("collection", "women-suffrage"));
        assertEquals(Expected.ids(d -> d.metadata().tags().contains("prison")), Api.ids("tag", "prison"));
        Set<String> both = Expected.ids(d -> d.metadata().tags().contains("prison") && d.metadata().tags().contains("1924"));
        assertEquals(both, Api.ids("tag", "prison", "tag", "1924"));
        assertTrue(both.contains(SeedFixture.ID.toString()));
    }

    @Test
    void shouldFilterByIssueDateRangeOfYearsMonthsOrDays() {
        assertEquals(Expected.ids(d -> in(d, LocalDate.of(1920, 1, 1), LocalDate.of(1922, 12, 31))),
                Api.ids("from", "1920", "to", "1922"));
        assertEquals(Expected.ids(d -> in(d, LocalDate.of(1924, 5, 1), null)), Api.ids("from", "1924-05"));
        assertEquals(Expected.ids(d -> in(d, null, LocalDate.of(1924, 5, 31))), Api.ids("to", "1924-05-31"));
        assertEquals(Set.of(SeedFixture.ID.toString()), Api.ids("from", "1924-05-31", "to", "1924-05-31",
                "periodical", "Workers' Dreadnought"));
    }

    @Test
    void shouldFilterByWhetherADocumentHasFootnotes() {
        Set<String> with = Expected.ids(d -> d.footnotes().stream().anyMatch(f -> f.text() != null));
        Set<String> without = Expected.ids(d -> d.footnotes().stream().noneMatch(f -> f.text() != null));
        assertFalse(with.isEmpty());
        assertFalse(without.isEmpty());

        assertEquals(with, Api.ids("hasFootnotes", "true"));
        assertEquals(without, Api.ids("hasFootnotes", "false"));
    }

    @Test
    void shouldCombineWordsAndFilters() {
        Set<String> expected = Expected.ids(d -> "en".equals(d.metadata().language())
                && Expected.words(d).contains("arrested") && Expected.mentions(d, "L5"));
        assertFalse(expected.isEmpty());

        assertEquals(expected, Api.ids("q", "arrested", "language", "en", "place", "Siberia"));
    }

    private static boolean in(org.archivist.events.DocumentEnriched d, LocalDate from, LocalDate to) {
        LocalDate issued = Expected.issued(d);
        return issued != null && (from == null || !issued.isBefore(from)) && (to == null || !issued.isAfter(to));
    }
}
