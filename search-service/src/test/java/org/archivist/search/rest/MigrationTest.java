package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archivist.events.DocumentEnriched;
import org.archivist.search.fixtures.FirstMappingIndex;
import org.archivist.search.fixtures.FixtureCorpus;
import org.archivist.search.fixtures.OwnTopic;
import org.archivist.search.fixtures.Publisher;
import org.archivist.search.persistence.IndexMapping;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * An installation that has the first version's index: the service migrates it at start to the next version,
 * keeping its documents, and indexes what arrives meanwhile into the new version instead of refusing it.
 */
@QuarkusTest
@TestProfile(MigrationTest.Profile.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class MigrationTest {

    static final String NAME = "migration-test";
    static final String ALIAS = OwnTopic.alias(NAME);

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archive.search.reindex.settle", "300ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnTopic.class, Map.of("name", NAME)),
                    new TestResourceEntry(FirstMappingIndex.class, Map.of("alias", ALIAS)));
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    ElasticsearchClient elasticsearch;

    @Test
    void shouldMigrateAnIndexOfTheFirstMappingAtStartAndKeepItsDocuments() throws Exception {
        DocumentEnriched arriving = FixtureCorpus.document(0, 4242, 800);
        Publisher.publish(json, OwnTopic.topic(NAME), List.of(arriving));

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && !behindAlias().equals(Set.of(ALIAS + "-v2"))) {
            Thread.sleep(200);
        }
        assertEquals(Set.of(ALIAS + "-v2"), behindAlias());
        JsonPath info = given().header(TestServers.API_KEY_HEADER, TestServers.apiKey()).when().get("/api/admin/index")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(IndexMapping.MAPPING_VERSION, info.getInt("mappingVersion"));

        JsonPath old = given().queryParam("q", "zqoldword").when().get("/api/search").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Set.of(FirstMappingIndex.FIRST_ID, FirstMappingIndex.SECOND_ID), Set.copyOf(old.getList("hits.id")));
        assertTrue(old.getString("hits[0].highlights.text[0]").contains("<mark>zqoldword</mark>"), "the text came along");
        JsonPath first = given().when().get("/api/documents/" + FirstMappingIndex.FIRST_ID).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("An Old Appeal", first.getString("title"));
        assertEquals("en", first.getString("language"));
        assertEquals("left-communism", first.getString("collection"));
        assertEquals(3, first.getLong("enrichmentVersion"), "its version too, so that stale events stay stale");
        assertEquals("Workers' Dreadnought", first.getString("metadata.periodical"));

        while (System.nanoTime() < deadline && given().when().get("/api/documents/" + arriving.documentId())
                .statusCode() != 200) {
            Thread.sleep(200);
        }
        given().when().get("/api/documents/" + arriving.documentId()).then().statusCode(200);
    }

    private Set<String> behindAlias() throws Exception {
        return Set.copyOf(elasticsearch.indices().getAlias(a -> a.name(ALIAS)).result().keySet());
    }
}
