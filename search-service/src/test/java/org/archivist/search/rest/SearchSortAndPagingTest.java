package org.archivist.search.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.archivist.search.fixtures.Api;
import org.archivist.search.fixtures.Corpus;
import org.archivist.search.fixtures.Expected;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(Corpus.Profile.class)
class SearchSortAndPagingTest extends CorpusTestBase {

    @Test
    void shouldSortByIssueDateEitherWayWithUndatedDocumentsLast() {
        for (String sort : List.of("date", "-date")) {
            JsonPath r = Api.search("sort", sort, "size", "100", "facets", "false");
            List<String> dates = r.getList("hits.issueDate");
            assertEquals(Corpus.DOCUMENTS.size(), dates.size());
            int firstUndated = dates.indexOf(null);
            assertTrue(firstUndated > 0, "the corpus has undated documents");
            List<String> dated = dates.subList(0, firstUndated);
            assertTrue(dates.subList(firstUndated, dates.size()).stream().allMatch(java.util.Objects::isNull), sort);
            List<String> sorted = new ArrayList<>(dated);
            sorted.sort(sort.equals("date") ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());
            assertEquals(sorted, dated, sort);
            assertTrue(r.getList("hits.score").stream().allMatch(java.util.Objects::isNull), "no scores when by date");
        }
    }

    @Test
    void shouldSortByRelevanceByDefault() {
        JsonPath r = Api.search("q", "workers OR comrades", "size", "50");
        List<Float> scores = r.getList("hits.score", Float.class);
        assertTrue(scores.size() > 10);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "scores descend: " + scores);
        }
        assertEquals(r.getList("hits.id"), Api.search("q", "workers OR comrades", "size", "50", "sort", "relevance")
                .getList("hits.id"));
    }

    @Test
    void shouldPageThroughEveryHitOnceByPageNumber() {
        Set<String> seen = new LinkedHashSet<>();
        int pages = (Corpus.DOCUMENTS.size() + 6) / 7;
        for (int page = 0; page < pages; page++) {
            JsonPath r = Api.search("page", Integer.toString(page), "size", "7", "sort", "-date");
            assertEquals(page, r.getInt("page"));
            List<String> ids = r.getList("hits.id");
            for (String id : ids) {
                assertTrue(seen.add(id), "no hit twice: " + id);
            }
        }
        assertEquals(Expected.ids(d -> true), seen);
        assertEquals(0, Api.search("page", Integer.toString(pages), "size", "7").getList("hits").size());
    }

    @Test
    void shouldPageDeeplyWithACursorUntilThereIsNoNextCursor() {
        for (String[] search : List.of(new String[] {"sort", "-date"}, new String[] {"q", "the", "sort", "relevance"},
                new String[] {"sort", "date", "language", "en"})) {
            Set<String> seen = new LinkedHashSet<>();
            String cursor = null;
            int pages = 0;
            long total = -1;
            do {
                List<String> params = new ArrayList<>(List.of(search));
                params.addAll(List.of("size", "4", "facets", "false"));
                if (cursor != null) {
                    params.addAll(List.of("cursor", cursor));
                }
                JsonPath r = Api.search(params.toArray(String[]::new));
                total = r.getLong("total");
                for (String id : r.<String>getList("hits.id")) {
                    assertTrue(seen.add(id), "no hit twice: " + id);
                }
                cursor = r.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 100);
            assertEquals(total, seen.size(), String.join(" ", search));
            assertTrue(pages > 3, "several pages");
        }
    }

    @Test
    void shouldRefuseSizesOverTheCapPagesBeyondTheWindowAndForeignCursors() {
        Api.request("size", "101").when().get("/api/search").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:invalid-search")).body("parameter", equalTo("size"));
        Api.request("page", "1000", "size", "10").when().get("/api/search").then().statusCode(400)
                .body("parameter", equalTo("page"));
        String cursor = Api.search("q", "workers", "size", "2").getString("nextCursor");
        assertNotNull(cursor);
        Api.request("q", "comrades", "size", "2", "cursor", cursor).when().get("/api/search").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        Api.request("cursor", "bm9uc2Vuc2U").when().get("/api/search").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        Api.request("q", "workers", "size", "2", "page", "1", "cursor", cursor).when().get("/api/search").then()
                .statusCode(400).body("parameter", equalTo("cursor"));
        assertNull(Api.search("size", "100").getString("nextCursor"), "one page holds everything");
    }
}
