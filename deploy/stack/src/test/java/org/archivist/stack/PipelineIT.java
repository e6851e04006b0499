package org.archivist.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline: the three packaged services as separate processes on real Kafka, Elasticsearch and
 * PostgreSQL. A file goes in through ingest-service's HTTP API and comes out of search-service's.
 */
class PipelineIT {

    private static RunningPipeline pipeline;
    private static ArchiveClient archive;

    @BeforeAll
    static void startPipeline() {
        pipeline = RunningPipeline.start("pipeline-it-logs", null, List.of("-Xmx512m"));
        archive = pipeline.client();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldMakeTheUploadedSeedSearchableWithHighlights() throws Exception {
        Response upload = archive.upload("000_2066ab160ef91d65.txt", seed(), "text/plain");
        assertTrue(upload.statusCode() == 202 || upload.statusCode() == 200, upload.asString());
        String id = upload.jsonPath().getString("id");

        JsonPath result = archive.awaitSearch("Myasnikov Prostatnov", ArchiveClient.hasHit(id), Duration.ofSeconds(60));

        int hit = result.getList("hits.id").indexOf(id);
        assertEquals("An Appeal to the Communist International and Its Sympathising Proletariat",
                result.getString("hits[" + hit + "].title"), "the title without its author line");
        List<String> snippets = result.getList("hits[" + hit + "].highlights.text");
        assertTrue(snippets.stream().anyMatch(s -> s.contains("<mark>Myasnikov</mark>")), snippets.toString());
        assertTrue(archive.search("\"Workers' Dreadnought\" Semipalatinsk").getList("hits.id").contains(id));
        assertTrue(archive.search("\"Party of Russia consists\"").getList("hits.id").contains(id));
        assertFalse(archive.search("Russia1").getList("hits.id").contains(id), "footnote markers are not in the index");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"INDEXED".equals(archive.document(id).getString("status")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("INDEXED", archive.document(id).getString("status"), "status fed back by the pipeline");
    }

    @Test
    void shouldAnswerTheSameDocumentWhenTheSameBytesAreUploadedTwice() throws Exception {
        byte[] bytes = ("A short notice from the Dreadnought, " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        Response first = archive.upload("notice.txt", bytes, "text/plain");
        Response second = archive.upload("notice-again.txt", bytes, "text/plain");

        assertEquals(202, first.statusCode());
        assertEquals(200, second.statusCode());
        assertEquals(first.jsonPath().getString("id"), second.jsonPath().getString("id"));
    }

    @Test
    void shouldMakeAFileTooBigForItsEventSearchableThroughItsReference() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String text = "Minutes of the congress. ".repeat(20_000) + word + " closes the minutes.";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 262_144, "bigger than the inline limit");

        String id = archive.upload("minutes.txt", bytes, "text/plain").then().statusCode(202)
                .extract().jsonPath().getString("id");

        archive.awaitSearch(word, ArchiveClient.hasHit(id), Duration.ofSeconds(60));
    }

    @Test
    void shouldDropADeletedDocumentFromTheSearch() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String id = archive.upload("short-lived.txt", ("A notice withdrawn later: " + word)
                .getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(202).extract().jsonPath().getString("id");
        archive.awaitSearch(word, ArchiveClient.hasHit(id), Duration.ofSeconds(60));

        assertEquals(204, archive.delete(id).statusCode());

        archive.awaitSearch(word, r -> r.getInt("total") == 0, Duration.ofSeconds(60));
    }

    @Test
    void shouldNeverServeTheScriptsOfAnUploadedHtmlPage() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String hidden = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String html = "<html><head><title>A notice</title><script>alert('" + hidden + "')</script></head><body>"
                + "<p onclick=\"alert('" + hidden + "')\">The branch meets on Sunday: " + word + ".</p>"
                + "<img src=x onerror=\"alert(1)\"><script>document.write('" + hidden + "')</script></body></html>";
        String id = archive.upload("notice.html", html.getBytes(StandardCharsets.UTF_8), "text/html").then()
                .statusCode(202).extract().jsonPath().getString("id");

        JsonPath found = archive.awaitSearch(word, ArchiveClient.hasHit(id), Duration.ofSeconds(60));

        String shown = found.prettify() + io.restassured.RestAssured.given().baseUri(pipeline.searchUrl()).when()
                .get("/api/documents/" + id).then().statusCode(200).extract().asString();
        assertFalse(shown.contains("<script") || shown.contains("onerror") || shown.contains("onclick"), shown);
        assertFalse(shown.contains(hidden), "a script's text is no part of the document");
        assertEquals(0, archive.search(hidden).getInt("total"), "nor can it be searched");
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = PipelineIT.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return in.readAllBytes();
        }
    }
}
