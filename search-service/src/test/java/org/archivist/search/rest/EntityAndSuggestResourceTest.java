package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archivist.search.fixtures.Corpus;
import org.archivist.search.fixtures.Expected;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(Corpus.Profile.class)
class EntityAndSuggestResourceTest extends CorpusTestBase {

    @Test
    void shouldListEveryDocumentMentioningAnEntityOldestFirst() {
        Set<String> expected = Expected.ids(d -> Expected.mentions(d, "L1"));
        assertTrue(expected.size() > 5);

        JsonPath r = given().queryParam("size", 100).when().get("/api/entities/L1/documents").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(expected.size(), r.getInt("total"));
        assertEquals(expected, new LinkedHashSet<>(r.<String>getList("hits.id")));
        assertEquals("L1", r.getString("entity.id"));
        assertEquals("Latvia", r.getString("entity.label"));
        assertEquals("place", r.getString("entity.type"));
        List<String> dates = new ArrayList<>(r.<String>getList("hits.issueDate"));
        dates.removeIf(java.util.Objects::isNull);
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first");
    }

    @Test
    void shouldPageAnEntitysDocumentsWithACursor() {
        Set<String> seen = new LinkedHashSet<>();
        String cursor = null;
        do {
            var request = given().queryParam("size", 3).queryParam("sort", "-date");
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath r = request.when().get("/api/entities/P1/documents").then().statusCode(200).extract().jsonPath();
            for (String id : r.<String>getList("hits.id")) {
                assertTrue(seen.add(id));
            }
            cursor = r.getString("nextCursor");
        } while (cursor != null);
        assertEquals(Expected.ids(d -> Expected.mentions(d, "P1")), seen);
    }

    @Test
    void shouldAnswerNotFoundForAnEntityNoDocumentMentions() {
        given().when().get("/api/entities/NOBODY/documents").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:entity-not-found"));
        given().queryParam("size", 0).when().get("/api/entities/P1/documents").then().statusCode(400)
                .body("parameter", equalTo("size"));
    }

    @Test
    void shouldSuggestEntitiesByAnyOfTheirNamesInAnyCase() {
        List<Map<String, Object>> mias = suggest("MIAS");
        assertTrue(mias.stream().anyMatch(s -> "entity".equals(s.get("kind")) && "P1".equals(s.get("id"))
                && "Gavriil Myasnikov".equals(s.get("label")) && "person".equals(s.get("type"))
                && s.get("matched").toString().startsWith("Mias")), mias.toString());
        assertEquals(1, mias.stream().filter(s -> "P1".equals(s.get("id"))).count(), "each entity once");

        assertTrue(suggest("comint").stream().anyMatch(s -> "O1".equals(s.get("id"))
                && "Communist International".equals(s.get("label")) && "Comintern".equals(s.get("matched"))));
        assertTrue(suggest("Internat").stream().anyMatch(s -> "O1".equals(s.get("id"))),
                "from a later word of a name");
        List<Map<String, Object>> unknown = suggest("bratz");
        assertTrue(unknown.stream().anyMatch(s -> "Bratzky".equals(s.get("label")) && s.get("id") == null),
                "a name without an authority id: " + unknown);
    }

    @Test
    void shouldSuggestTitlesOfIndexedDocuments() {
        List<Map<String, Object>> titles = suggest("a letter on the");
        Set<String> expected = Expected.ids(d -> d.title().toLowerCase().startsWith("a letter on the"));
        assertFalse(expected.isEmpty());
        Set<String> suggested = new LinkedHashSet<>();
        for (Map<String, Object> s : titles) {
            assertEquals("title", s.get("kind"));
            assertNull(s.get("type"));
            assertEquals(Corpus.byId((String) s.get("id")).title(), s.get("label"));
            suggested.add((String) s.get("id"));
        }
        assertEquals(expected.size() > 10 ? 10 : expected.size(), suggested.size());
        assertTrue(expected.containsAll(suggested));
        assertTrue(suggest("letter on the").stream().anyMatch(s -> "title".equals(s.get("kind"))),
                "without the leading article");
    }

    @Test
    void shouldRefuseASuggestionWithoutPrefixOrWithABadSize() {
        given().when().get("/api/suggest").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("parameter", equalTo("prefix"));
        given().queryParam("prefix", "a").queryParam("size", 21).when().get("/api/suggest").then().statusCode(400)
                .body("parameter", equalTo("size"));
        given().queryParam("prefix", "x".repeat(101)).when().get("/api/suggest").then().statusCode(400);
        assertEquals(List.of(), suggest("zzzzqqq"));
        assertEquals(3, given().queryParam("prefix", "a").queryParam("size", 3).when().get("/api/suggest").then()
                .statusCode(200).extract().jsonPath().getList("suggestions").size());
    }

    private static List<Map<String, Object>> suggest(String prefix) {
        return given().queryParam("prefix", prefix).when().get("/api/suggest").then().statusCode(200).extract()
                .jsonPath().getList("suggestions");
    }
}
