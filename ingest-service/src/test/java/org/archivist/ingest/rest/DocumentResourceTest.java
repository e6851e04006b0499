package org.archivist.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.events.DocumentReceived;
import org.archivist.events.Topics;
import org.archivist.ingest.intake.FileFacts;
import org.archivist.ingest.persistence.OutboxEvent;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.SendApiKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
@ExtendWith(SendApiKey.class)
class DocumentResourceTest {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "archive.ingest.max-inline-content-bytes")
    int maxInline;

    @Test
    void shouldStoreAnUploadAndPublishDocumentReceivedKeyedByItsId() throws IOException {
        byte[] seed = seed();
        // Unique bytes per run: the archive deduplicates by content.
        byte[] bytes = concat(seed, ("\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        Response response = upload("appeal.txt", bytes);

        assertEquals(202, response.statusCode());
        String id = response.jsonPath().getString("id");
        assertEquals("/api/documents/" + id, response.header("Location").replaceFirst("^https?://[^/]+", ""));
        given().when().get("/api/documents/" + id).then()
                .statusCode(200)
                .body("fileName", equalTo("appeal.txt"))
                .body("mediaType", equalTo("text/plain"))
                .body("size", equalTo(bytes.length))
                .body("sha256", equalTo(FileFacts.sha256(bytes)));
        byte[] stored = given().when().get("/api/documents/" + id + "/content").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(bytes, stored);

        DocumentReceived event = awaitEvent(id);
        assertEquals(UUID.fromString(id), event.documentId());
        assertEquals(FileFacts.sha256(bytes), event.sha256());
        assertArrayEquals(bytes, event.content(), "a small file travels inside the event");
    }

    @Test
    void shouldSendABigFileByReferenceSoEventsStaySmall() throws IOException {
        byte[] bytes = new byte[maxInline + 1];
        java.util.Arrays.fill(bytes, (byte) 'a');
        byte[] tag = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tag, 0, bytes, 0, tag.length);

        String id = upload("big.txt", bytes).then().statusCode(202).extract().jsonPath().getString("id");

        DocumentReceived event = awaitEvent(id);
        assertEquals(bytes.length, event.size());
        assertEquals(null, event.content());
    }

    @Test
    void shouldAnswerTheExistingDocumentWhenTheSameBytesComeAgain() throws IOException {
        byte[] bytes = ("Same bytes twice " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        String first = upload("a.txt", bytes).then().statusCode(202).extract().jsonPath().getString("id");
        Response second = upload("b.txt", bytes);

        assertEquals(200, second.statusCode());
        assertEquals(first, second.jsonPath().getString("id"));
        assertTrue(second.jsonPath().getBoolean("duplicate"));
        String sha = FileFacts.sha256(bytes);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> StoredDocument.count("sha256", sha)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.count("aggregateId", UUID.fromString(first))));
    }

    @Test
    void shouldRefuseAnEmptyFileWithProblemJsonAndPublishNothing() {
        long documents = countDocuments();
        long events = countOutbox();

        given().multiPart("file", "empty.txt", new byte[0], "text/plain")
                .when().post("/api/documents")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:empty-file"))
                .body("status", equalTo(400));

        assertEquals(documents, countDocuments());
        assertEquals(events, countOutbox());
    }

    @Test
    void shouldRefuseARequestWithoutAFileWithProblemJsonAndPublishNothing() {
        long documents = countDocuments();
        long events = countOutbox();

        given().multiPart("note", "no file here")
                .when().post("/api/documents")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:missing-file"));

        assertEquals(documents, countDocuments());
        assertEquals(events, countOutbox());
    }

    @Test
    void shouldAnswerProblemJsonForAnUnknownOrMalformedId() {
        given().when().get("/api/documents/" + UUID.randomUUID()).then()
                .statusCode(404).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:document-not-found"));
        given().when().get("/api/documents/not-a-uuid").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:invalid-document-id"));
    }

    @Test
    void shouldServeHealthOfItsServersAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/documents'.post.summary", org.hamcrest.Matchers.containsString("Upload"));
    }

    private static Response upload(String name, byte[] bytes) {
        return given().multiPart("file", name, bytes, "text/plain").when().post("/api/documents");
    }

    private DocumentReceived awaitEvent(String id) throws IOException {
        List<ConsumerRecord<String, String>> matching = EventProbe.records(Topics.DOCUMENTS_RECEIVED, id,
                Duration.ofSeconds(30));
        assertEquals(1, matching.size(), "one DocumentReceived keyed by " + id);
        return json.readValue(matching.get(0).value(), DocumentReceived.class);
    }

    private static long countDocuments() {
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.count());
    }

    private static long countOutbox() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }

    static byte[] seed() throws IOException {
        try (InputStream in = DocumentResourceTest.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
