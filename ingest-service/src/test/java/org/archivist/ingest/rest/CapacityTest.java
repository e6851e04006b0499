package org.archivist.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.archivist.ingest.intake.Unavailable;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.TestServers;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** At its limit of concurrent stores the service answers 503 with Retry-After, stores nothing, and takes the rest. */
@QuarkusTest
@TestProfile(CapacityTest.OneStoreAtATime.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class CapacityTest {

    public static class OneStoreAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archive.ingest.capacity.max-concurrent-stores", "1",
                    "archive.ingest.capacity.max-wait", "300ms");
        }
    }

    @Inject
    EntityManager db;

    @Test
    void shouldAnswerBusyWithRetryAfterWhileTheOnlyStoreIsTakenAndStoreNothingOfIt() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another transaction holds the documents table: the first upload waits inside its store.
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            db.createNativeQuery("lock table document in exclusive mode").executeUpdate();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        long before = documents();
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> upload("first " + UUID.randomUUID()));
        awaitAStoreWaitingOnTheLock(); // the first upload is in its store, holding the one permit

        Response second = upload("second " + UUID.randomUUID());

        assertEquals(503, second.statusCode());
        assertTrue(second.contentType().startsWith("application/problem+json"), second.contentType());
        assertEquals("urn:archive:problem:busy", second.jsonPath().getString("type"));
        assertEquals("1", second.header("Retry-After"));
        assertTrue(given().when().get("/q/metrics").then().statusCode(200).extract().asString()
                .matches("(?s).*archive_ingest_files_total\\{[^}]*outcome=\"busy\"[^}]*\\} [1-9].*"),
                "the refusal is counted for operators");
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        assertEquals(202, first.get(30, TimeUnit.SECONDS).statusCode(), "the upload that had its turn is stored");
        assertEquals(before + 1, documents(), "only the first upload was stored");
        assertEquals(202, upload("third " + UUID.randomUUID()).statusCode(), "the next one after is taken again");
    }

    @Test
    void shouldTellADatabaseOutageFromABug() {
        assertTrue(Unavailable.isStorageOutage(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
        assertTrue(Unavailable.isStorageOutage(new RuntimeException(new java.sql.SQLException("Sorry, acquisition timeout!"))));
        assertTrue(!Unavailable.isStorageOutage(new IllegalStateException("a bug")));
        assertTrue(!Unavailable.isStorageOutage(new RuntimeException(
                new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))));
    }

    private void awaitAStoreWaitingOnTheLock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from pg_locks where not granted and relation = 'document'::regclass")
                .getSingleResult()).longValue()) == 0) {
            Thread.sleep(50);
        }
    }

    private static Response upload(String text) {
        return given().header(TestServers.API_KEY_HEADER, TestServers.apiKey())
                .multiPart("file", "capacity.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/documents").then().extract().response();
    }

    private static long documents() {
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.count());
    }
}
