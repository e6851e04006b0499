package org.archivist.stack;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.function.Predicate;

/** The HTTP API as a user's script would call it. */
final class ArchiveClient {

    private final String ingestUrl;
    private final String searchUrl;
    private final String apiKey;

    ArchiveClient(String ingestUrl, String searchUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.searchUrl = searchUrl;
        this.apiKey = apiKey;
    }

    Response upload(String fileName, byte[] bytes, String mediaType) {
        return given().baseUri(ingestUrl).header("X-API-Key", apiKey).multiPart("file", fileName, bytes, mediaType)
                .when().post("/api/documents");
    }

    Response upload(String fileName, byte[] bytes, String mediaType, String collection) {
        return given().baseUri(ingestUrl).header("X-API-Key", apiKey).multiPart("file", fileName, bytes, mediaType)
                .multiPart("collection", collection).when().post("/api/documents");
    }

    /** How many documents of a collection ingest-service knows in this status. */
    long countInStatus(String collection, String status) {
        return given().baseUri(ingestUrl).queryParam("collection", collection).queryParam("status", status)
                .queryParam("size", 1).when().get("/api/documents").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    /** A few documents of a collection in this status, as ingest-service lists them (id, status, reason...). */
    java.util.List<java.util.Map<String, Object>> inStatus(String collection, String status, int size) {
        return given().baseUri(ingestUrl).queryParam("collection", collection).queryParam("status", status)
                .queryParam("size", size).when().get("/api/documents").then().statusCode(200).extract().jsonPath()
                .getList("documents");
    }

    /** How many documents of a collection ingest-service knows, in any status. */
    long count(String collection) {
        return given().baseUri(ingestUrl).queryParam("collection", collection).queryParam("size", 1).when()
                .get("/api/documents").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    Response delete(String id) {
        return given().baseUri(ingestUrl).header("X-API-Key", apiKey).when().delete("/api/documents/" + id);
    }

    JsonPath document(String id) {
        return given().baseUri(ingestUrl).when().get("/api/documents/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    JsonPath search(String q) {
        return given().baseUri(searchUrl).queryParam("q", q).when().get("/api/search")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Searches until {@code done} holds, or fails with the last answer after {@code timeout}. */
    JsonPath awaitSearch(String q, Predicate<JsonPath> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = search(q);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("search for '" + q + "' never matched within " + timeout.toSeconds() + " s; last: "
                + (last == null ? null : last.prettify()));
    }

    /** The ids of every document of a collection in the index, page by page. */
    java.util.Set<String> indexedIds(String collection) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int page = 0; ; page++) {
            java.util.List<String> hits = given().baseUri(searchUrl).queryParam("collection", collection)
                    .queryParam("size", 100).queryParam("page", page).queryParam("facets", "false")
                    .when().get("/api/search").then().statusCode(200).extract().jsonPath().getList("hits.id");
            ids.addAll(hits);
            if (hits.size() < 100) {
                return ids;
            }
        }
    }

    static Predicate<JsonPath> hasHit(String id) {
        return r -> r.getList("hits.id").contains(id);
    }
}
