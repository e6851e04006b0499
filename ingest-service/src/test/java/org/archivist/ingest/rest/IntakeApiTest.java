package org.archivist.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.archivist.events.DocumentReceived;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.events.Topics;
import org.archivist.ingest.persistence.OutboxEvent;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.SendApiKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every way to drop files, the metadata that comes with them, batches, listing, limits and status. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
@ExtendWith(SendApiKey.class)
class IntakeApiTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldTakeSeveralFilesWithMetadataAsOneBatch() throws IOException {
        String collection = "coll-" + UUID.randomUUID();
        byte[] a = unique("First appeal.");
        byte[] b = unique("<html><head><title>Second</title></head><body>Second appeal.</body></html>");

        Response response = given()
                .multiPart("file", "a.txt", a, "text/plain")
                .multiPart("file", "b.html", b, "text/html")
                .multiPart("periodical", "Workers' Dreadnought")
                .multiPart("issueDate", "1924-05-31")
                .multiPart("language", "en")
                .multiPart("collection", collection)
                .multiPart("tags", "1924,appeal")
                .when().post("/api/documents");

        assertEquals(202, response.statusCode(), response.asString());
        String batch = response.jsonPath().getString("batchId");
        assertEquals("/api/batches/" + batch, response.jsonPath().getString("location"));
        List<String> ids = response.jsonPath().getList("documents.id");
        assertEquals(2, ids.size());
        given().when().get("/api/documents/" + ids.get(1)).then().statusCode(200)
                .body("mediaType", equalTo("text/html"))
                .body("status", equalTo("RECEIVED"))
                .body("metadata.periodical", equalTo("Workers' Dreadnought"))
                .body("metadata.issueDate", equalTo("1924-05-31"))
                .body("metadata.collection", equalTo(collection))
                .body("metadata.tags", equalTo(List.of("1924", "appeal")));
        given().when().get("/api/batches/" + batch).then().statusCode(200)
                .body("total", equalTo(2))
                .body("state", equalTo("IN_PROGRESS"))
                .body("counts.RECEIVED", equalTo(2))
                .body("documents.fileName", equalTo(List.of("a.txt", "b.html")));
        DocumentReceived event = json.readValue(
                EventProbe.records(Topics.DOCUMENTS_RECEIVED, ids.get(0), Duration.ofSeconds(30)).get(0).value(),
                DocumentReceived.class);
        assertEquals("Workers' Dreadnought", event.metadata().periodical());
        assertEquals(collection, event.metadata().collection());
    }

    @Test
    void shouldTakeARawBodyByPostAndByPut() {
        byte[] text = unique("Sent by a script.");
        String id = given().contentType("text/plain").body(text).queryParam("fileName", "script.txt")
                .queryParam("collection", "scripts")
                .when().post("/api/documents").then().statusCode(202).extract().jsonPath().getString("id");
        given().when().get("/api/documents/" + id).then().statusCode(200)
                .body("fileName", equalTo("script.txt")).body("metadata.collection", equalTo("scripts"));

        byte[] other = unique("Sent with curl -T.");
        given().contentType("application/octet-stream").body(other)
                .when().put("/api/uploads/{name}", "notes of 1924.txt").then().statusCode(202)
                .body("document.fileName", equalTo("notes of 1924.txt"))
                .body("document.mediaType", equalTo("text/plain"));
        given().contentType("application/octet-stream").body(other)
                .when().put("/api/uploads/again.txt").then().statusCode(200).body("duplicate", equalTo(true));
    }

    @Test
    void shouldUnpackAZipIntoOneDocumentPerFile() throws IOException {
        byte[] zip = zip(List.of("issue-11/appeal.txt", "issue-11/notes.md"),
                List.of(unique("An Appeal."), unique("# Notes\n\n*Pankhurst* omitted parts.")));

        Response response = given().multiPart("file", "issue-11.zip", zip, "application/zip")
                .when().post("/api/documents");

        assertEquals(202, response.statusCode(), response.asString());
        assertEquals(List.of("appeal.txt", "notes.md"), response.jsonPath().getList("documents.document.fileName"));
        assertEquals(List.of("text/plain", "text/x-web-markdown"),
                response.jsonPath().getList("documents.document.mediaType"));
    }

    @Test
    void shouldRefuseUnsafeOrExplodingZipsAndStoreNothingFromThem() throws IOException {
        long before = countDocuments();
        byte[] evil = zip(List.of("ok.txt", "../../etc/cron.d/x"), List.of(unique("fine"), unique("evil")));
        given().multiPart("file", "evil.zip", evil, "application/zip").when().post("/api/documents").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:unsafe-archive"))
                .body("detail", containsString("../../etc/cron.d/x"));

        byte[] zeros = new byte[990_000];
        byte[] bomb = zip(List.of("a.txt", "b.txt", "c.txt"), List.of(zeros, zeros, zeros));
        given().multiPart("file", "bomb.zip", bomb, "application/zip").when().post("/api/documents").then()
                .statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:archive-too-large"));
        assertEquals(before, countDocuments());
    }

    @Test
    void shouldRefuseBadInputWithProblemJsonAndStoreNothing() {
        long documents = countDocuments();
        long events = countOutbox();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        given().multiPart("file", "scan.txt", png, "text/plain").when().post("/api/documents").then()
                .statusCode(415).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:unsupported-media-type"))
                .body("detail", containsString("image/png"));
        given().multiPart("file", "big.txt", new byte[1_000_001], "text/plain").when().post("/api/documents").then()
                .statusCode(413).body("type", equalTo("urn:archive:problem:file-too-large"));
        given().multiPart("file", "a.txt", unique("x"), "text/plain").multiPart("issueDate", "31 May 1924")
                .when().post("/api/documents").then()
                .statusCode(400).body("type", equalTo("urn:archive:problem:invalid-metadata"));
        // One good file and one empty: the whole request is refused, the good one is not stored either.
        given().multiPart("file", "good.txt", unique("good"), "text/plain")
                .multiPart("file", "empty.txt", new byte[0], "text/plain")
                .when().post("/api/documents").then()
                .statusCode(400).body("type", equalTo("urn:archive:problem:empty-file"));
        given().contentType("multipart/form-data; boundary=XYZ").body("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nunterminated"
                        .getBytes(StandardCharsets.US_ASCII))
                .when().post("/api/documents").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:malformed-request"));

        assertEquals(documents, countDocuments());
        assertEquals(events, countOutbox());
    }

    @Test
    void shouldRefuseARequestOverTheLimitWithProblemJson() {
        // Over archive.ingest.max-request-bytes (3 MB in tests), under Quarkus' backstop (4 MB).
        given().multiPart("file", "a.txt", new byte[900_000], "text/plain")
                .multiPart("file", "b.txt", new byte[900_000], "text/plain")
                .multiPart("file", "c.txt", new byte[900_000], "text/plain")
                .multiPart("file", "d.txt", new byte[900_000], "text/plain")
                .when().post("/api/documents").then()
                .statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:request-too-large"));
        // Over the framework's own limit (4 MB in tests) too.
        given().contentType("text/plain").body(new byte[4_500_000]).queryParam("fileName", "huger.txt")
                .when().post("/api/documents").then()
                .statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:request-too-large"));
        // Sent without a length (chunked): measured as it comes, refused once over the limit.
        given().contentType("text/plain").body(new java.io.ByteArrayInputStream(new byte[4_500_000]))
                .queryParam("fileName", "streamed.txt")
                .when().post("/api/documents").then()
                .statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:request-too-large"));
        given().contentType("text/plain").body(new byte[3_500_000]).queryParam("fileName", "huge.txt")
                .when().post("/api/documents").then()
                .statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:request-too-large"));
    }

    @Test
    void shouldListDocumentsByStatusCollectionAndTimePaged() {
        String collection = "list-" + UUID.randomUUID();
        Instant start = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            given().multiPart("file", "n" + i + ".txt", unique("note " + i), "text/plain")
                    .multiPart("collection", collection).when().post("/api/documents").then().statusCode(202);
        }

        JsonPath page = given().queryParam("collection", collection).queryParam("status", "received")
                .queryParam("receivedFrom", start.toString()).queryParam("size", 2)
                .when().get("/api/documents").then().statusCode(200).extract().jsonPath();

        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getList("documents").size());
        assertEquals(List.of("n2.txt", "n1.txt"), page.getList("documents.fileName"), "newest first");
        assertEquals(0, given().queryParam("collection", collection).queryParam("status", "INDEXED")
                .when().get("/api/documents").then().statusCode(200).extract().jsonPath().getInt("total"));
        given().queryParam("status", "DONE").when().get("/api/documents").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("parameter", equalTo("status"));
        given().queryParam("receivedFrom", "yesterday").when().get("/api/documents").then().statusCode(400);
        given().queryParam("size", "1000").when().get("/api/documents").then().statusCode(400);
    }

    @Test
    void shouldFollowTheStatusThatTheOtherServicesReport() throws Exception {
        String id = given().multiPart("file", "s.txt", unique("status"), "text/plain").when().post("/api/documents")
                .then().statusCode(202).extract().jsonPath().getString("id");
        UUID documentId = UUID.fromString(id);
        Instant t = Instant.now();

        report(documentId, "INDEXED", "search", null, t.plusSeconds(2));
        report(documentId, "ENRICHED", "enrich", null, t.plusSeconds(1));
        awaitDocument(id, d -> "INDEXED".equals(d.getString("status")));

        report(documentId, "FAILED", "search", "mapper_parsing_exception: bad date", t.plusSeconds(3));
        JsonPath failed = awaitDocument(id, d -> "FAILED".equals(d.getString("status")));
        assertEquals("search: mapper_parsing_exception: bad date", failed.getString("statusReason"));
    }

    @Test
    void shouldDescribeEveryEndpointWithItsErrorsInOpenApi() {
        JsonPath api = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("'/api/documents'.post", "'/api/documents'.get", "'/api/documents/{id}'.get",
                "'/api/uploads/{fileName}'.put", "'/api/batches/{id}'.get", "'/api/documents/{id}'.delete",
                "'/api/admin/replay'.post", "'/api/documents/{id}/content'.get")) {
            assertTrue(api.getMap("paths." + path + ".responses").size() >= 2, path);
        }
        for (String write : List.of("'/api/documents'.post", "'/api/uploads/{fileName}'.put",
                "'/api/documents/{id}'.delete", "'/api/admin/replay'.post")) {
            assertTrue(api.getMap("paths." + write + ".responses").containsKey("401"), write + " documents its 401");
        }
    }

    private void report(UUID id, String status, String stage, String reason, Instant at) throws Exception {
        EventProbe.send(Topics.DOCUMENTS_STATUS, id.toString(), json.writeValueAsString(
                new DocumentStatusChanged(UUID.randomUUID(), 1, id, status, stage, reason, at, List.of())));
    }

    private static JsonPath awaitDocument(String id, Predicate<JsonPath> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = given().when().get("/api/documents/" + id).then().statusCode(200).extract().jsonPath();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("document " + id + " never got there: " + (last == null ? null : last.prettify()));
    }

    private static byte[] unique(String text) {
        return (text + "\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                out.putNextEntry(new ZipEntry(names.get(i)));
                out.write(contents.get(i));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long countDocuments() {
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.count());
    }

    private static long countOutbox() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
