package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/** With archive.api.protect-reads=true, searching needs the API key too. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ClosedReads.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class ClosedReadsTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archive.api.protect-reads", "true");
        }
    }

    @Test
    void shouldRefuseSearchesWithoutTheKeyWhenReadsAreClosed() {
        given().queryParam("q", "Myasnikov").when().get("/api/search").then().statusCode(401)
                .body("type", equalTo("urn:archive:problem:missing-api-key"));
        given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).queryParam("q", "Myasnikov")
                .when().get("/api/search").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
