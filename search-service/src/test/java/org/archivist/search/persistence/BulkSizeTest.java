package org.archivist.search.persistence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.archivist.search.fixtures.FixtureCorpus;
import org.archivist.search.fixtures.OwnTopic;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.KafkaResource;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch refuses a bulk request bigger than its indexing pressure allows (10% of its heap: 51 MB for the
 * test server's 512 MB) with a 429, every time it is sent again. A backlog after an outage made such a request
 * (447 seed-size documents, 54 MB, while their text alone was 4 MB) and the indexer stopped there for good. With
 * the size cap set far above that limit, a batch of 64 MB still gets in whole, in halves; and a document's size
 * is counted as the client writes it.
 */
@QuarkusTest
@TestProfile(BulkSizeTest.Profile.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class BulkSizeTest {

    static final String NAME = "bulk-size-test";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archive.search.bulk.max-bytes", "1000000000", "archive.search.bulk.max-actions", "100000");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnTopic.class, Map.of("name", NAME)));
        }
    }

    @Inject
    ArchiveIndex index;

    @Inject
    ElasticsearchClient elasticsearch;

    @Test
    void shouldIndexABatchLargerThanElasticsearchTakesInOneRequest() throws Exception {
        long seed = System.nanoTime();
        List<IndexedDocument> documents = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < 64_000_000L; i++) {
            IndexedDocument d = IndexedDocument.of(FixtureCorpus.document(i, seed, 400_000));
            documents.add(d);
            bytes += index.requestBytes(d);
        }
        ObjectMapper jackson = new ObjectMapper().findAndRegisterModules();
        IndexedDocument first = documents.get(0);
        assertTrue(index.requestBytes(first) >= jackson.writeValueAsBytes(first).length,
                "a document's size as the client writes it");

        List<ArchiveIndex.ItemOutcome> outcomes = index.bulkIndex(documents);

        assertEquals(documents.size(), outcomes.size());
        for (ArchiveIndex.ItemOutcome outcome : outcomes) {
            assertTrue(outcome.indexed(), outcome.toString().substring(0, Math.min(500, outcome.toString().length())));
        }
        elasticsearch.indices().refresh(r -> r.index(index.alias()));
        given().when().get("/api/documents/" + documents.get(documents.size() - 1).id()).then().statusCode(200);
    }
}
