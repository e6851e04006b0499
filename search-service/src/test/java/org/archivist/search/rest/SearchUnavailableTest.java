package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.archivist.servers.Ports;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.junit.jupiter.api.Test;

/** With Elasticsearch away, searching answers 503 problem+json with Retry-After, never a 500. */
@QuarkusTest
@TestProfile(SearchUnavailableTest.NoElasticsearch.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class SearchUnavailableTest {

    public static class NoElasticsearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:" + Ports.free(),
                    "archive.search.index.alias", "unavailable-test-documents",
                    "mp.messaging.incoming.documents-enriched.topic", "unavailable-test.documents.enriched");
        }
    }

    @Test
    void shouldAnswerServiceUnavailableWithRetryAfterWhenElasticsearchDoesNotAnswer() {
        for (String path : new String[] {"/api/search?q=Myasnikov", "/api/search", "/api/suggest?prefix=Mya",
                "/api/documents/00000000-0000-4000-8000-000000000000", "/api/entities/P1/documents"}) {
            given().when().get(path).then().statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:archive:problem:search-unavailable"))
                    .header("Retry-After", notNullValue());
        }
    }
}
