package org.archivist.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.events.DocumentReceived;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.events.Topics;
import org.archivist.ingest.messaging.AuthorityChangeListener;
import org.archivist.ingest.service.DocumentIntake;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class DeleteAndReplayTest {

    @Inject
    ObjectMapper json;

    @Inject
    DocumentIntake intake;

    @Inject
    Scheduler scheduler;

    @Test
    void shouldDeleteADocumentAndPublishATombstone() {
        String id = upload("to delete", null);

        given().when().delete("/api/documents/" + id).then().statusCode(401);
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).when().delete("/api/documents/" + id)
                .then().statusCode(204);

        given().when().get("/api/documents/" + id).then().statusCode(404);
        given().when().get("/api/documents/" + id + "/content").then().statusCode(404);
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).when().delete("/api/documents/" + id)
                .then().statusCode(404).body("type", equalTo("urn:archive:problem:document-not-found"));
        List<ConsumerRecord<String, String>> events = awaitRecords(id, 2);
        assertEquals(2, events.size(), "the DocumentReceived, then the tombstone");
        assertNull(events.get(1).value(), "a tombstone has no value");
    }

    @Test
    void shouldReplayTheDocumentsThatMatchAndSetThemBackToReceived() throws Exception {
        String collection = "replay-" + UUID.randomUUID();
        String first = upload("first to replay", collection);
        String second = upload("second to replay", collection);
        String other = upload("not in the collection", null);
        EventProbe.send(Topics.DOCUMENTS_STATUS, first, json.writeValueAsString(new DocumentStatusChanged(
                UUID.randomUUID(), 1, UUID.fromString(first), "INDEXED", "search", null, Instant.now(), List.of())));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"INDEXED".equals(given().get("/api/documents/" + first).jsonPath().getString("status"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        given().queryParam("collection", collection).when().post("/api/admin/replay").then().statusCode(401);
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).queryParam("status", "DONE")
                .when().post("/api/admin/replay").then().statusCode(400);
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).queryParam("collection", collection)
                .when().post("/api/admin/replay").then().statusCode(202).body("documents", equalTo(2));

        for (String id : List.of(first, second)) {
            List<ConsumerRecord<String, String>> events = awaitRecords(id, 2);
            assertEquals(2, events.size(), "received once, replayed once: " + id);
            DocumentReceived replayed = json.readValue(events.get(1).value(), DocumentReceived.class);
            assertEquals(collection, replayed.metadata().collection());
        }
        given().when().get("/api/documents/" + first).then().body("status", equalTo("RECEIVED"));
        assertEquals(1, EventProbe.records(Topics.DOCUMENTS_RECEIVED, other, Duration.ofSeconds(10)).size(),
                "a document outside the filter is not replayed");
    }

    @Test
    void shouldSendOneFailedDocumentThroughAgainOnRequest() throws Exception {
        String id = upload("failed once", null);
        EventProbe.send(Topics.DOCUMENTS_STATUS, id, json.writeValueAsString(new DocumentStatusChanged(
                UUID.randomUUID(), 1, UUID.fromString(id), "FAILED", "enrich", "a parser gave up", Instant.now(),
                List.of())));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"FAILED".equals(given().get("/api/documents/" + id).jsonPath().getString("status"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        given().when().get("/api/documents/" + id).then().body("statusReason", equalTo("enrich: a parser gave up"));

        given().when().post("/api/documents/" + id + "/replay").then().statusCode(401);
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).when()
                .post("/api/documents/" + UUID.randomUUID() + "/replay").then().statusCode(404)
                .body("type", equalTo("urn:archive:problem:document-not-found"));
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).when()
                .post("/api/documents/not-an-id/replay").then().statusCode(400);
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).when()
                .post("/api/documents/" + id + "/replay").then().statusCode(202)
                .body("id", equalTo(id)).body("status", equalTo("RECEIVED")).body("statusReason", equalTo(null));

        List<ConsumerRecord<String, String>> events = awaitRecords(id, 2);
        assertEquals(2, events.size(), "received once, sent again once");
        assertEquals(id, json.readValue(events.get(1).value(), DocumentReceived.class).documentId().toString());
    }

    @Test
    void shouldReplayTheDocumentsAnAuthorityChangeAffects() throws Exception {
        String affected = upload("mentions Miasnikov", null);
        String deleted = upload("mentions him too, then deleted", null);
        String untouched = upload("mentions nobody", null);
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).when().delete("/api/documents/" + deleted)
                .then().statusCode(204);

        EventProbe.send(Topics.AUTHORITY_CHANGED, "42", json.writeValueAsString(new org.archivist.events.AuthorityChanged(
                UUID.randomUUID(), 1, 42, "variant-added", List.of(UUID.fromString(affected), UUID.fromString(deleted)),
                Instant.now())));

        List<ConsumerRecord<String, String>> events = awaitRecords(affected, 2);
        assertEquals(2, events.size(), "received, then replayed for the authority change");
        assertEquals(UUID.fromString(affected), json.readValue(events.get(1).value(), DocumentReceived.class).documentId());
        assertEquals(2, EventProbe.records(Topics.DOCUMENTS_RECEIVED, deleted, Duration.ofSeconds(5)).size(),
                "a deleted document is not brought back: its event and its tombstone only");
        assertEquals(1, EventProbe.records(Topics.DOCUMENTS_RECEIVED, untouched, Duration.ofSeconds(5)).size());
    }

    @Test
    void shouldReplayADocumentOnceForTheManyChangesEnrichmentMakesMeanwhile() throws Exception {
        String affected = upload("mentions a name that recurs", null);
        for (long version = 100; version < 105; version++) {
            EventProbe.send(Topics.AUTHORITY_CHANGED, Long.toString(version), json.writeValueAsString(
                    new org.archivist.events.AuthorityChanged(UUID.randomUUID(), 1, version,
                            version % 2 == 0 ? "entity-proposed" : "variants-found", List.of(UUID.fromString(affected)),
                            Instant.now())));
        }

        List<ConsumerRecord<String, String>> events = awaitRecords(affected, 2);
        assertEquals(2, events.size(), "received, then replayed once for the five changes");
        Thread.sleep(3000); // two more rounds of the replay schedule
        assertEquals(2, EventProbe.records(Topics.DOCUMENTS_RECEIVED, affected, Duration.ofSeconds(5)).size(),
                "no second replay");
        assertEquals(0L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number)
                org.archivist.ingest.persistence.StoredDocument.getEntityManager()
                        .createNativeQuery("select count(*) from pending_replay where document_id = ?1")
                        .setParameter(1, UUID.fromString(affected)).getSingleResult()).longValue()),
                "nothing left waiting");
    }

    @Test
    void shouldHoldEnrichmentsOwnReplaysWhileNewDocumentsWaitButNotAnEditors() throws Exception {
        String givingWay = upload("a name enrichment proposed", null);
        String editors = upload("a name an editor changed", null);
        String overdue = upload("a name proposed long ago", null);
        scheduler.pause(AuthorityChangeListener.SCHEDULE); // this test sends the replays itself
        try {
            intake.replayDue(1000, 1_000_000, Duration.ZERO); // what earlier tests left waiting goes first
            intake.replayLater(List.of(UUID.fromString(givingWay)), Duration.ZERO, true);
            intake.replayLater(List.of(UUID.fromString(editors)), Duration.ZERO, false);
            int waiting = intake.awaitingEnrichment(1_000_000); // these documents are RECEIVED, like every upload here
            Thread.sleep(20);

            assertEquals(1, intake.replayDue(200, waiting, Duration.ofHours(1)), "busy: the editor's replay only");
            assertEquals(2, awaitRecords(editors, 2).size(), "the editor's replay is sent");
            assertEquals(1, EventProbe.records(Topics.DOCUMENTS_RECEIVED, givingWay, Duration.ofSeconds(3)).size(),
                    "enrichment's own replay waits while the pipeline is busy");

            assertEquals(1, intake.replayDue(200, waiting + 1, Duration.ofHours(1)), "room for one more");
            assertEquals(2, awaitRecords(givingWay, 2).size(), "sent once there was room");

            intake.replayLater(List.of(UUID.fromString(overdue)), Duration.ZERO, true);
            Thread.sleep(20);
            assertEquals(1, intake.replayDue(200, 0, Duration.ofMillis(1)), "past its longest wait");
            assertEquals(2, awaitRecords(overdue, 2).size(), "sent however busy the pipeline is");
        } finally {
            scheduler.resume(AuthorityChangeListener.SCHEDULE);
        }
    }

    private static String upload(String text, String collection) {
        var request = given().header(TestServers.API_KEY_HEADER, TestServers.apiKey())
                .multiPart("file", "doc.txt", (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                        "text/plain");
        if (collection != null) {
            request = request.multiPart("collection", collection);
        }
        return request.when().post("/api/documents").then().statusCode(202).extract().jsonPath().getString("id");
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String key, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, String>> records = List.of();
        while (records.size() < count && System.nanoTime() < deadline) {
            records = EventProbe.records(Topics.DOCUMENTS_RECEIVED, key, Duration.ofSeconds(5));
        }
        return records;
    }
}
