package org.archivist.enrich.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The web pages of search-service call this API from the browser: their origin may, with the API key header;
 * any other origin may not, and the key is still needed for what needs it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class WebOriginTest {

    static final String PAGES = "http://localhost:8083";

    @Test
    void shouldLetTheArchivesPagesSendTheApiKeyFromTheBrowser() {
        given().header("Origin", PAGES).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .when().options("/api/authority/suggestions/1/accept").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PAGES))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("X-API-Key"))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"));
        given().header("Origin", PAGES).when().post("/api/authority/suggestions/1/accept").then().statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo(PAGES));
    }

    @Test
    void shouldNotLetAnotherOriginCallIt() {
        given().header("Origin", "http://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key")
                .when().options("/api/authority/suggestions/1/accept").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
