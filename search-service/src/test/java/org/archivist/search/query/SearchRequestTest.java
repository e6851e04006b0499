package org.archivist.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void shouldDefaultToTheFirstPageOfTenAndTreatBlankAsEverything() {
        SearchRequest request = SearchRequest.of("  ", null, null, 100, 1000);

        assertTrue(request.matchAll());
        assertEquals(0, request.from());
        assertEquals(10, request.size());
    }

    @Test
    void shouldComputeTheOffsetOfAPage() {
        assertEquals(40, SearchRequest.of("Myasnikov", "2", "20", 100, 1000).from());
    }

    @Test
    void shouldRefuseSizesPagesAndQueriesOutOfBounds() {
        assertEquals("size", assertThrows(InvalidSearch.class, () -> SearchRequest.of("a", "0", "101", 100, 1000)).parameter());
        assertEquals("size", assertThrows(InvalidSearch.class, () -> SearchRequest.of("a", "0", "0", 100, 1000)).parameter());
        assertEquals("page", assertThrows(InvalidSearch.class, () -> SearchRequest.of("a", "-1", "10", 100, 1000)).parameter());
        assertEquals("page", assertThrows(InvalidSearch.class, () -> SearchRequest.of("a", "100", "100", 100, 1000)).parameter());
        assertEquals("q", assertThrows(InvalidSearch.class, () -> SearchRequest.of("a".repeat(1001), "0", "10", 100, 1000)).parameter());
        assertEquals("q", assertThrows(InvalidSearch.class, () -> SearchRequest.of("a\u0000b", "0", "10", 100, 1000)).parameter());
    }
}
