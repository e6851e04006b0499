package org.archivist.search.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchStateTest {

    private static SearchState state(String q, Map<String, List<String>> filters, String from, String to, String sort,
            int page) {
        return new SearchState(q, filters, from, to, sort, page);
    }

    @Test
    void shouldPutTheWholeSearchInItsLinkAndNothingThatIsDefault() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("place", List.of("E63"));
        filters.put("person", List.of("E775", "P 2"));
        SearchState s = state("Myasnikov & co", filters, "1917", "1924-05", "-date", 2);
        assertEquals("/search?q=Myasnikov+%26+co&person=E775&person=P+2&place=E63&from=1917&to=1924-05&sort=-date&page=2",
                s.link());
        assertEquals("/search", state(" ", Map.of(), "", null, "relevance", 0).link());
    }

    @Test
    void shouldAddAndRemoveAFacetValueAndGoBackToTheFirstPage() {
        SearchState s = state("q", Map.of("person", List.of("A")), null, null, null, 3);
        assertEquals("/search?q=q&person=A&person=B", s.with("person", "B"));
        assertEquals("/search?q=q&person=A", s.with("person", "A"), "adding what is there changes nothing");
        assertEquals("/search?q=q", s.without("person", "A"));
        assertTrue(s.has("person", "A"));
        assertFalse(s.has("place", "A"));
    }

    @Test
    void shouldNarrowToTheYearsEitherWayRound() {
        SearchState s = state("", Map.of(), null, null, "date", 4);
        assertEquals("/search?from=1917&to=1924&sort=date", s.years(1924, 1917));
        assertEquals("/search?from=1924&to=1924&sort=date", s.years(1924, 1924));
    }

    @Test
    void shouldListEachFilterInForceWithTheLinkWithoutIt() {
        SearchState s = state("x", Map.of("language", List.of("de")), "1920", null, null, 0);
        List<SearchState.ActiveFilter> active = s.active();
        assertEquals(2, active.size());
        assertEquals(new SearchState.ActiveFilter("language", "de", "/search?q=x&from=1920"), active.get(0));
        assertEquals(new SearchState.ActiveFilter("issued", "1920 – …", "/search?q=x&language=de"), active.get(1));
    }

    @Test
    void shouldIgnoreBlankValuesAndUnknownFilters() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("person", java.util.Arrays.asList("", null, "A", "A"));
        filters.put("tag", List.of("x"));
        SearchState s = state(null, filters, null, null, null, -1);
        assertEquals(Map.of("person", List.of("A")), s.filters());
        assertEquals(0, s.page());
        assertEquals(List.of(new SearchState.Field("person", "A")), s.filterFields());
    }
}
