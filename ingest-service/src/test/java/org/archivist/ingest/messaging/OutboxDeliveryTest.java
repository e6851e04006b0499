package org.archivist.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.archivist.events.Topics;
import org.archivist.ingest.persistence.OutboxEvent;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/** The transactional outbox: an upload accepted while Kafka is down is published once Kafka is back. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class OutboxDeliveryTest {

    @Test
    void shouldPublishAnUploadAcceptedWhileKafkaWasDownOnceKafkaIsBack() {
        assumeTrue(TestServers.canInterruptKafka(), "Kafka given by the environment cannot be stopped by a test");
        AtomicReference<UUID> id = new AtomicReference<>();

        TestServers.withKafkaDown(() -> {
            String created = given().header(TestServers.API_KEY_HEADER, TestServers.apiKey())
                    .multiPart("file", "while-down.txt",
                            ("Accepted while Kafka was down " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                            "text/plain")
                    .when().post("/api/documents").then().statusCode(202).extract().jsonPath().getString("id");
            id.set(UUID.fromString(created));
            sleep(3000);
            assertNull(publishedAt(id.get()), "nothing could take the event: it waits in the outbox");
        });

        assertEquals(1, EventProbe.records(Topics.DOCUMENTS_RECEIVED, id.get().toString(), Duration.ofSeconds(120))
                .size(), "published once Kafka is back");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (publishedAt(id.get()) == null && System.nanoTime() < deadline) {
            sleep(200);
        }
        assertNotNull(publishedAt(id.get()), "marked published once Kafka acknowledged it");
    }

    private static Instant publishedAt(UUID documentId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("aggregateId", documentId)
                .firstResult().publishedAt);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
