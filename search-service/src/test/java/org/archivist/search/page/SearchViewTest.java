package org.archivist.search.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.archivist.search.query.SearchResult;
import org.junit.jupiter.api.Test;

class SearchViewTest {

    private static SearchView view(int page, long total) {
        SearchState state = new SearchState("q", Map.of(), null, null, null, page);
        return SearchView.of(state, new SearchResult(total, 1, page, 10, null, List.of(), null));
    }

    @Test
    void shouldLinkThePagesAroundTheCurrentOneAndStopAtTheLast() {
        SearchView v = view(0, 35);
        assertEquals(List.of(1, 2, 3, 4), v.pages().stream().map(SearchView.PageLink::number).toList());
        assertNull(v.previous());
        assertEquals("/search?q=q&page=1", v.next());
        assertNull(view(3, 35).next(), "page 4 of 4 is the last");
    }

    @Test
    void shouldStopWherePagingByNumberEnds() {
        assertEquals(999, SearchView.lastPage(1_000_000, 10), "10,000 hits at most");
        assertEquals(0, SearchView.lastPage(0, 10));
        assertEquals(0, SearchView.lastPage(10, 10));
        assertEquals(1, SearchView.lastPage(11, 10));
    }

    @Test
    void shouldLeadBackFromAPagePastTheLast() {
        SearchView v = view(7, 35);
        assertEquals("/search?q=q&page=3", v.previous(), "back to the last page");
        assertNull(v.next());
    }

    @Test
    void shouldNameAFilterInForceByItsFacetLabel() {
        SearchState state = new SearchState("", Map.of("person", List.of("E775")), null, null, null, 0);
        SearchResult.Facets facets = new SearchResult.Facets(
                List.of(new SearchResult.Bucket("E775", "Miasnikov", "E775", 1)), List.of(), List.of(), List.of(),
                List.of(), List.of(new SearchResult.Bucket("1924", "1924", null, 1)));
        SearchView v = SearchView.of(state, new SearchResult(1, 1, 0, 10, null, List.of(), facets));
        assertEquals(List.of(new SearchView.Chip("People", "Miasnikov", "/search")), v.chips());
        assertEquals(1924, v.firstYear());
    }
}
