package org.archivist.enrich.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.events.AuthorityChanged;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentReceived;
import org.archivist.events.Topics;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class AuthorityResourceTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldRequireTheApiKeyForReadingAndWritingTheAuthorityFile() {
        given().when().get("/api/authority/entities").then().statusCode(401)
                .body("type", equalTo("urn:archive:problem:missing-api-key"));
        given().header(TestServers.API_KEY_HEADER, "wrong").when().get("/api/authority/suggestions").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/api/authority/entities").then().statusCode(401);
        editor().when().get("/api/authority/entities").then().statusCode(200);
    }

    @Test
    void shouldFindStarterEntitiesByAnySpelling() {
        editor().queryParam("q", "Lettland").when().get("/api/authority/entities").then().statusCode(200)
                .body("entities.preferredLabel", hasItem("Latvia"));
        editor().queryParam("q", "Moskau").queryParam("type", "place").when().get("/api/authority/entities").then()
                .body("entities.preferredLabel", hasItem("Moscow"));
        editor().queryParam("size", "1000").when().get("/api/authority/entities").then().statusCode(400)
                .body("parameter", equalTo("size"));
    }

    @Test
    void shouldCreateAndEditEntitiesRaisingTheVersionWithAnAuditTrail() {
        long before = version();
        String id = create("person", "Timofei Sapronov", List.of(Map.of("form", "Sapronow", "kind", "transliteration",
                "language", "de")));
        assertTrue(version() > before, "creating raises the version");

        long created = version();
        JsonPath added = editor().contentType("application/json").body(Map.of("form", "T. Sapronov", "kind", "spelling"))
                .when().post("/api/authority/entities/" + id + "/variants").then().statusCode(200).extract().jsonPath();
        assertTrue(added.getList("variants.form").contains("T. Sapronov"));
        assertTrue(version() > created);
        editor().contentType("application/json").body(Map.of("form", "T. Sapronov"))
                .when().post("/api/authority/entities/" + id + "/variants").then().statusCode(409)
                .body("type", equalTo("urn:archive:problem:authority-conflict"));
        editor().contentType("application/json").body(Map.of("form", "Sapronoff", "kind", "misprint"))
                .when().post("/api/authority/entities/" + id + "/variants").then().statusCode(400);

        int variantId = added.getList("variants.findAll { it.form == 'T. Sapronov' }.id", Integer.class).get(0);
        editor().when().delete("/api/authority/entities/" + id + "/variants/" + variantId).then().statusCode(200)
                .body("variants.form", not(hasItem("T. Sapronov")));
        editor().contentType("application/json").body(Map.of("notes", "Democratic Centralist"))
                .when().patch("/api/authority/entities/" + id).then().statusCode(200).body("notes", equalTo("Democratic Centralist"));

        List<String> actions = editor().queryParam("entity", id).when().get("/api/authority/changes").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertEquals(List.of("entity-updated", "variant-removed", "variant-added", "entity-created"), actions);
        editor().when().get("/api/authority/entities/E999999999").then().statusCode(404);
        editor().when().get("/api/authority/entities/x'1").then().statusCode(404);
        editor().contentType("application/json").body(Map.of("type", "planet", "preferredLabel", "Mars"))
                .when().post("/api/authority/entities").then().statusCode(400);
        editor().contentType("application/json").body("{not json").when().post("/api/authority/entities").then()
                .statusCode(400);
    }

    @Test
    void shouldMergeTwoEntitiesAndSplitThemAgain() {
        String radek = create("person", "Karl Radek", List.of(Map.of("form", "Radek")));
        String sobelsohn = create("person", "Karl Sobelsohn", List.of(Map.of("form", "Sobelsohn")));
        String place = create("place", "Radekhiv", List.of());

        editor().contentType("application/json").body(Map.of("from", place))
                .when().post("/api/authority/entities/" + radek + "/merge").then().statusCode(409);
        JsonPath merged = editor().contentType("application/json").body(Map.of("from", sobelsohn))
                .when().post("/api/authority/entities/" + radek + "/merge").then().statusCode(200).extract().jsonPath();
        assertTrue(merged.getList("variants.form").containsAll(List.of("Karl Radek", "Radek", "Karl Sobelsohn", "Sobelsohn")));
        editor().when().get("/api/authority/entities/" + sobelsohn).then().body("mergedInto", equalTo(radek));
        editor().contentType("application/json").body(Map.of("form", "Sobelson"))
                .when().post("/api/authority/entities/" + sobelsohn + "/variants").then().statusCode(409);

        editor().contentType("application/json").body(Map.of("restore", sobelsohn))
                .when().post("/api/authority/entities/" + radek + "/split").then().statusCode(200)
                .body("id", equalTo(sobelsohn));
        JsonPath restored = editor().when().get("/api/authority/entities/" + sobelsohn).then().extract().jsonPath();
        assertEquals(null, restored.getString("mergedInto"));
        assertTrue(restored.getList("variants.form").containsAll(List.of("Karl Sobelsohn", "Sobelsohn")));
        List<String> radekForms = editor().when().get("/api/authority/entities/" + radek).then().extract().jsonPath()
                .getList("variants.form");
        assertEquals(List.of("Karl Radek", "Radek"), radekForms);
        List<String> actions = editor().queryParam("entity", sobelsohn).when().get("/api/authority/changes").then()
                .extract().jsonPath().getList("action");
        assertEquals(List.of("entities-split", "entities-merged", "entity-created"), actions);
    }

    @Test
    void shouldQueueLookAlikesForReviewAndTakeTheEditorsDecision() throws Exception {
        UUID doc = enrich("Comrades Tulinsky, Ostrovin and Bulinsky were thrown into prison. "
                + "Mrs. Kollontaiova and Kollontaiov came.");

        List<Map<String, Object>> pending = editor().queryParam("size", "100").when().get("/api/authority/suggestions")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.documentId == '" + doc + "' }");
        Map<String, Object> demidor = pending.stream().filter(s -> "Tulinsky".equals(s.get("form"))
                && "Bulinsky".equals(s.get("candidateForm"))).findFirst().orElseThrow(() -> new AssertionError(pending));
        Map<String, Object> family = pending.stream().filter(s -> String.valueOf(s.get("reason")).contains("family"))
                .findFirst().orElseThrow(() -> new AssertionError(pending));

        editor().when().post("/api/authority/suggestions/" + demidor.get("id") + "/reject").then().statusCode(204);
        editor().when().post("/api/authority/suggestions/" + demidor.get("id") + "/reject").then().statusCode(409);
        JsonPath accepted = editor().when().post("/api/authority/suggestions/" + family.get("id") + "/accept").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(accepted.getList("variants.form").containsAll(List.of("Kollontaiova", "Kollontaiov")));
        assertEquals("confirmed", accepted.getString("status"));

        enrich("Comrades Tulinsky and Bulinsky again.");
        List<Object> again = editor().queryParam("size", "100").when().get("/api/authority/suggestions").then().extract()
                .jsonPath().getList("findAll { it.form == 'Tulinsky' && it.candidateForm == 'Bulinsky' }");
        assertTrue(again.isEmpty(), "a rejected pair is not suggested again");
    }

    @Test
    void shouldSendTheDocumentsAChangeAffectsToBeEnrichedAgain() throws Exception {
        String name = "Ignatovsky";
        UUID first = enrich("The delegate " + name + " spoke in Moscow.");
        DocumentEnriched firstEnriched = enriched(first);
        assertTrue(firstEnriched.entities().stream().anyMatch(e -> e.surfaceForms().contains(name) && e.id() == null),
                "one mention of a new name: not yet an entity");

        UUID second = enrich("Comrade " + name + " was arrested in Perm.");
        DocumentEnriched secondEnriched = enriched(second);
        String entity = secondEnriched.entities().stream().filter(e -> e.surfaceForms().contains(name)).findFirst()
                .orElseThrow().id();
        assertTrue(entity != null, "the name recurs: a proposed entity");
        assertTrue(changedFor(first), "the first document is sent to be linked to the new entity");
        editor().when().get("/api/authority/entities/" + entity).then().body("status", equalTo("proposed"));

        editor().contentType("application/json").body(Map.of("form", "Ignatowski", "kind", "transliteration"))
                .when().post("/api/authority/entities/" + entity + "/variants").then().statusCode(200);
        assertTrue(changedFor(second), "an editor's variant re-enriches the documents linked to the entity");
    }

    private boolean changedFor(UUID document) {
        List<ConsumerRecord<String, String>> found = EventProbe.matching(Topics.AUTHORITY_CHANGED, r -> {
            try {
                return json.readValue(r.value(), AuthorityChanged.class).documentIds().contains(document);
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(30));
        return !found.isEmpty();
    }

    private UUID enrich(String text) throws Exception {
        UUID id = UUID.randomUUID();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        EventProbe.send(Topics.DOCUMENTS_RECEIVED, id.toString(), json.writeValueAsString(new DocumentReceived(
                UUID.randomUUID(), 1, id, "note.txt", "text/plain", bytes.length, "x", Instant.now(), bytes, null)));
        enriched(id);
        return id;
    }

    private DocumentEnriched enriched(UUID id) throws Exception {
        List<ConsumerRecord<String, String>> found = EventProbe.records(Topics.DOCUMENTS_ENRICHED, id.toString(),
                Duration.ofSeconds(30));
        assertFalse(found.isEmpty(), "enriched " + id);
        return json.readValue(found.get(found.size() - 1).value(), DocumentEnriched.class);
    }

    private String create(String type, String label, List<Map<String, String>> variants) {
        return editor().contentType("application/json")
                .body(Map.of("type", type, "preferredLabel", label, "variants", variants))
                .when().post("/api/authority/entities").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private long version() {
        return editor().when().get("/api/authority/version").then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static RequestSpecification editor() {
        return given().header(TestServers.API_KEY_HEADER, TestServers.apiKey());
    }
}
