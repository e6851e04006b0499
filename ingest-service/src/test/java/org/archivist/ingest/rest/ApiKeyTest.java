package org.archivist.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class ApiKeyTest {

    @Test
    void shouldRefuseWritesWithoutTheRightKeyAndStoreNothing() {
        long before = documents();
        byte[] bytes = ("no key " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        given().multiPart("file", "a.txt", bytes, "text/plain").when().post("/api/documents").then()
                .statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("ApiKey"))
                .body("type", equalTo("urn:archive:problem:missing-api-key"));
        given().header(TestServers.API_KEY_HEADER, "guess").multiPart("file", "a.txt", bytes, "text/plain")
                .when().post("/api/documents").then()
                .statusCode(401).body("type", equalTo("urn:archive:problem:invalid-api-key"));
        given().header("Authorization", "Bearer guess").contentType("text/plain").body(bytes)
                .when().put("/api/uploads/a.txt").then().statusCode(401);

        assertEquals(before, documents());
    }

    @Test
    void shouldTakeTheKeyInEitherHeaderAndLeaveReadsOpen() throws InterruptedException {
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey())
                .multiPart("file", "a.txt", ("keyed " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/documents").then().statusCode(202);
        given().header("Authorization", "Bearer " + TestServers.apiKey()).contentType("text/plain")
                .body(("bearer " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))
                .when().put("/api/uploads/b.txt").then().statusCode(202);
        given().when().get("/api/documents").then().statusCode(200);
        assertEquals(200, readinessWithin(Duration.ofSeconds(30)), "readiness needs no key");
    }

    /** Readiness may lag the start by a consumer-group rebalance; it must come without a key. */
    private static int readinessWithin(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int status;
        while ((status = given().when().get("/q/health/ready").statusCode()) != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return status;
    }

    private static long documents() {
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.count());
    }
}
