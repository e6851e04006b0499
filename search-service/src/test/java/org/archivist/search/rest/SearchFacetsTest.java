package org.archivist.search.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.archivist.events.DocumentEntity;
import org.archivist.events.EntityMention;
import org.archivist.search.fixtures.Api;
import org.archivist.search.fixtures.Corpus;
import org.archivist.search.fixtures.Expected;
import org.junit.jupiter.api.Test;

/** The facets of a result: top persons, places, organisations, periodicals, languages; documents per year. */
@QuarkusTest
@TestProfile(Corpus.Profile.class)
class SearchFacetsTest extends CorpusTestBase {

    @Test
    void shouldCountLanguagesPeriodicalsAndYearsOverTheWholeResult() {
        JsonPath r = Api.search();

        assertEquals(Corpus.DOCUMENTS.size(), r.getInt("total"));
        assertEquals(Expected.counts(d -> List.of(d.metadata().language())), counts(r, "languages"));
        assertEquals(Expected.counts(d -> d.metadata().language() == null ? List.<String>of() : List.of(Expected.periodical(d))),
                counts(r, "periodicals"));
        Map<String, Long> years = Expected.counts(d -> Expected.issued(d) == null ? List.<String>of()
                : List.of(Integer.toString(Expected.issued(d).getYear())));
        assertTrue(years.size() >= 10, "dates across the years: " + years.keySet());
        assertEquals(new java.util.TreeMap<>(years), counts(r, "years"));
        List<String> order = r.getList("facets.years.value");
        assertEquals(order.stream().sorted().toList(), order, "years in order");
    }

    @Test
    void shouldListTheMostMentionedEntitiesOfEachTypeWithTheirCounts() {
        JsonPath r = Api.search();
        for (String[] facet : List.of(new String[] {"persons", EntityMention.PERSON},
                new String[] {"places", EntityMention.PLACE}, new String[] {"organisations", EntityMention.ORGANISATION})) {
            Map<String, Long> expected = Expected.counts(d -> d.entities().stream()
                    .filter(e -> e.type().equals(facet[1])).map(DocumentEntity::preferredLabel).toList());
            List<Map<String, Object>> buckets = r.getList("facets." + facet[0]);
            assertEquals(Math.min(10, expected.size()), buckets.size(), facet[0]);
            long lowest = Long.MAX_VALUE;
            for (Map<String, Object> bucket : buckets) {
                long count = ((Number) bucket.get("count")).longValue();
                assertEquals(expected.get((String) bucket.get("label")), count, facet[0] + " " + bucket);
                assertEquals(bucket.get("id") != null ? bucket.get("id") : bucket.get("label"), bucket.get("value"));
                lowest = Math.min(lowest, count);
            }
            List<Object> shown = buckets.stream().map(b -> b.get("label")).collect(Collectors.toList());
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                if (!shown.contains(e.getKey())) {
                    assertTrue(e.getValue() <= lowest, facet[0] + ": " + e + " should be among the top");
                }
            }
        }
    }

    @Test
    void shouldCountTheFacetsOfTheFilteredResultAndOfferNamesWithoutIdByLabel() {
        JsonPath r = Api.search("q", "imprisoned", "language", "en");
        List<org.archivist.events.DocumentEnriched> matching = Corpus.DOCUMENTS.stream()
                .filter(d -> "en".equals(d.metadata().language()) && Expected.words(d).contains("imprisoned")).toList();
        assertEquals(matching.size(), r.getInt("total"));
        assertEquals(Map.of("en", (long) matching.size()), counts(r, "languages"));

        JsonPath unknown = Api.search("person", "Bratzky");
        List<Map<String, Object>> persons = unknown.getList("facets.persons");
        Map<String, Object> bratzky = persons.stream().filter(b -> "Bratzky".equals(b.get("label"))).findFirst()
                .orElseThrow(() -> new AssertionError(persons.toString()));
        assertNull(bratzky.get("id"), "not in the authority file");
        assertEquals("Bratzky", bratzky.get("value"), "filter by the label");
        assertEquals(unknown.getInt("total"), ((Number) bratzky.get("count")).intValue());
        assertEquals(unknown.getInt("total"), Api.search("person", (String) bratzky.get("value")).getInt("total"));
    }

    @Test
    void shouldLeaveFacetsOutWhenAskedTo() {
        assertNull(Api.search("facets", "false").get("facets"));
        assertFalse(Api.search().getMap("facets").isEmpty());
    }

    private static Map<String, Long> counts(JsonPath r, String facet) {
        List<Map<String, Object>> buckets = r.getList("facets." + facet);
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Map<String, Object> b : buckets) {
            counts.put(Objects.toString(b.get("value")), ((Number) b.get("count")).longValue());
        }
        return facet.equals("years") ? counts : new java.util.HashMap<>(counts);
    }
}
