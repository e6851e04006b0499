package org.archivist.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static final SearchLimits LIMITS = new SearchLimits(100, 1000);

    private static SearchParameters params(String q, String page, String size) {
        return new SearchParameters(q, page, size, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void shouldDefaultToTheFirstPageOfTenAndTreatBlankAsEverything() {
        SearchRequest request = SearchRequest.of(params("  ", null, null), LIMITS);

        assertTrue(request.matchAll());
        assertEquals(0, request.from());
        assertEquals(10, request.size());
        assertEquals(SearchSort.RELEVANCE, request.sort());
        assertTrue(request.facets());
    }

    @Test
    void shouldComputeTheOffsetOfAPage() {
        assertEquals(40, SearchRequest.of(params("Myasnikov", "2", "20"), LIMITS).from());
    }

    @Test
    void shouldRefuseSizesPagesAndQueriesOutOfBounds() {
        assertEquals("size", refused(params("a", "0", "101")));
        assertEquals("size", refused(params("a", "0", "0")));
        assertEquals("size", refused(params("a", "0", "ten")));
        assertEquals("page", refused(params("a", "-1", "10")));
        assertEquals("page", refused(params("a", "100", "100")));
        assertEquals("q", refused(params("a".repeat(1001), "0", "10")));
        assertEquals("q", refused(params("a\u0000b", "0", "10")));
        assertEquals("q", refused(params("word ".repeat(QueryText.MAX_WORDS + 1), "0", "10")));
    }

    @Test
    void shouldReadFiltersAndRefuseBadOnes() {
        SearchRequest r = SearchRequest.of(new SearchParameters("x", null, null, null, "-date", List.of("P1", " P1 ", ""),
                List.of("Lettland"), null, null, List.of("Workers' Dreadnought"), List.of("en"), null, List.of("1924"),
                "1923", "1924-05", "true", "false"), LIMITS);

        assertEquals(List.of("P1"), r.persons(), "blank and repeated values are dropped");
        assertEquals(List.of("Lettland"), r.places());
        assertEquals(LocalDate.of(1923, 1, 1), r.issued().from());
        assertEquals(LocalDate.of(1924, 5, 31), r.issued().to());
        assertEquals(Boolean.TRUE, r.hasFootnotes());
        assertEquals(SearchSort.NEWEST, r.sort());
        assertEquals(false, r.facets());
        assertEquals(List.of("P1", "Lettland"), r.entityFilters());

        assertEquals("sort", refused(new SearchParameters("x", null, null, null, "title", null, null, null, null, null,
                null, null, null, null, null, null, null)));
        assertEquals("from", refused(new SearchParameters("x", null, null, null, null, null, null, null, null, null,
                null, null, null, "1924-13", null, null, null)));
        assertEquals("from", refused(new SearchParameters("x", null, null, null, null, null, null, null, null, null,
                null, null, null, "1925", "1924", null, null)));
        assertEquals("hasFootnotes", refused(new SearchParameters("x", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, "yes", null)));
        assertEquals("person", refused(new SearchParameters("x", null, null, null, null,
                java.util.Collections.nCopies(1, "p".repeat(301)), null, null, null, null, null, null, null, null, null,
                null, null)));
    }

    @Test
    void shouldBindACursorToItsSearch() {
        SearchRequest first = SearchRequest.of(params("Myasnikov", null, "5"), LIMITS);
        String cursor = first.next(java.util.Arrays.asList(1.5d, "id-7")).encode();

        SearchRequest next = SearchRequest.of(new SearchParameters("Myasnikov", null, "5", cursor, null, null, null,
                null, null, null, null, null, null, null, null, null, null), LIMITS);
        assertEquals(List.of(1.5d, "id-7"), next.cursor().values());

        assertEquals("cursor", refused(new SearchParameters("Pankhurst", null, "5", cursor, null, null, null, null,
                null, null, null, null, null, null, null, null, null)), "another query");
        assertEquals("cursor", refused(new SearchParameters("Myasnikov", null, "5", cursor, "date", null, null, null,
                null, null, null, null, null, null, null, null, null)), "another order");
        assertEquals("cursor", refused(new SearchParameters("Myasnikov", "1", "5", cursor, null, null, null, null,
                null, null, null, null, null, null, null, null, null)), "with a page");
        assertEquals("cursor", refused(new SearchParameters("Myasnikov", null, "5", "not-a-cursor!", null, null, null,
                null, null, null, null, null, null, null, null, null, null)));
        assertNull(first.cursor());
    }

    private static String refused(SearchParameters p) {
        return assertThrows(InvalidSearch.class, () -> SearchRequest.of(p, LIMITS)).parameter();
    }
}
