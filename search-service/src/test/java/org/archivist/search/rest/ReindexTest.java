package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.archivist.events.DocumentEnriched;
import org.archivist.search.fixtures.FixtureCorpus;
import org.archivist.search.fixtures.OwnTopic;
import org.archivist.search.fixtures.Publisher;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/admin/reindex} builds the next index version while searches and indexing go on, then swaps
 * the alias: no search fails or misses a document, and what was indexed, replaced or deleted during the copy
 * is there (or not) in the new version as in the old.
 */
@QuarkusTest
@TestProfile(ReindexTest.Profile.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class ReindexTest {

    static final String NAME = "reindex-test";
    static final String ALIAS = OwnTopic.alias(NAME);
    static final String TOPIC = OwnTopic.topic(NAME);
    static final long SEED = 77;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Small rounds with a pause, so that the test's writes land while the copy is under way.
            return Map.of("archive.search.reindex.batch-size", "3", "archive.search.reindex.settle", "300ms",
                    "archive.search.reindex.pause", "150ms", "archive.search.bulk.max-actions", "7");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnTopic.class, Map.of("name", NAME)));
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    ElasticsearchClient elasticsearch;

    @Test
    void shouldBuildTheNextVersionAndSwapTheAliasWhileSearchAndIndexingGoOn() throws Exception {
        List<DocumentEnriched> corpus = FixtureCorpus.generate(60, SEED, 1200);
        Publisher.publish(json, TOPIC, corpus);
        await("the corpus is indexed", () -> total() == corpus.size());
        String first = indexBehindAlias();
        Set<String> stable = corpus.subList(10, 60).stream().map(d -> d.documentId().toString()).collect(Collectors.toSet());

        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean searching = new AtomicBoolean(true);
        int[] searches = {0};
        Thread searcher = new Thread(() -> {
            while (searching.get()) {
                var response = given().queryParam("size", 100).queryParam("facets", "false").when().get("/api/search");
                searches[0]++;
                if (response.statusCode() != 200) {
                    problems.add("status " + response.statusCode() + ": " + response.asString());
                } else if (!response.jsonPath().<String>getList("hits.id").containsAll(stable)) {
                    problems.add("a search missed documents that were never touched");
                }
            }
        }, "searcher");
        searcher.start();

        JsonPath started = admin().when().post("/api/admin/reindex").then().statusCode(202).extract().jsonPath();
        assertEquals("RUNNING", started.getString("state"));
        String next = ALIAS + "-v" + (version(first) + 1);
        assertEquals(next, started.getString("target"));
        admin().when().post("/api/admin/reindex").then().statusCode(409)
                .body("type", equalTo("urn:archive:problem:reindex-running"));
        await("the copy is under way", () -> status().getLong("copied") > 0);

        // While the copy runs: a new document, a newer version, a stale one, and a deletion.
        DocumentEnriched added = FixtureCorpus.document(100, SEED, 1200);
        DocumentEnriched replaced = withTitle(corpus.get(0), "Zqreplacedtitle", 2);
        DocumentEnriched stale = withTitle(corpus.get(1), "Zqstaletitle", 0);
        String deleted = corpus.get(2).documentId().toString();
        Publisher.publish(json, TOPIC, List.of(added, replaced, stale));
        Publisher.tombstone(TOPIC, deleted);
        await("the writes are searchable", () -> ids("Zqreplacedtitle").size() == 1
                && given().when().get("/api/documents/" + added.documentId()).statusCode() == 200
                && given().when().get("/api/documents/" + deleted).statusCode() == 404);
        assertEquals("RUNNING", status().getString("state"),
                "the writes must land during the copy, or this test proves nothing; slow the copy down");

        await("the reindex is done", () -> !"RUNNING".equals(status().getString("state")));
        searching.set(false);
        searcher.join();

        JsonPath done = status();
        assertEquals("DONE", done.getString("state"), done.prettify());
        assertEquals(List.of(), problems, "every search during the reindex answered, with every document");
        assertTrue(searches[0] > 5, "searches ran during the reindex: " + searches[0]);
        assertEquals(next, indexBehindAlias());
        assertTrue(elasticsearch.indices().exists(e -> e.index(first)).value(), "the old index is kept");
        assertFalse(elasticsearch.indices().existsAlias(a -> a.name(ALIAS + "-next")).value());

        assertEquals(corpus.size(), total(), "60 + 1 added - 1 deleted");
        assertEquals(Set.of(replaced.documentId().toString()), ids("Zqreplacedtitle"), "the newer version is there");
        assertEquals(Set.of(), ids("Zqstaletitle"), "the stale one is not");
        given().when().get("/api/documents/" + deleted).then().statusCode(404);
        given().when().get("/api/documents/" + added.documentId()).then().statusCode(200);
        assertTrue(elasticsearch.get(g -> g.index(next).id(added.documentId().toString()), Object.class).found());
        assertEquals(corpus.size(), elasticsearch.count(c -> c.index(next)).count());

        JsonPath info = admin().when().get("/api/admin/index").then().statusCode(200).extract().jsonPath();
        assertEquals(next, info.getString("index"));
        assertNull(info.get("building"));

        DocumentEnriched afterwards = FixtureCorpus.document(101, SEED, 1200);
        Publisher.publish(json, TOPIC, List.of(afterwards));
        await("indexing goes on into the new version", () -> given().when().get("/api/documents/"
                + afterwards.documentId()).statusCode() == 200);
        assertTrue(elasticsearch.get(g -> g.index(next).id(afterwards.documentId().toString()), Object.class).found());
        assertFalse(elasticsearch.get(g -> g.index(first).id(afterwards.documentId().toString()), Object.class).found());
    }

    @Test
    void shouldAnswerServiceUnavailableWhenTheIndexBehindTheAliasIsGone() throws Exception {
        List<DocumentEnriched> one = List.of(FixtureCorpus.document(200, SEED, 500));
        Publisher.publish(json, TOPIC, one);
        await("indexed", () -> given().when().get("/api/documents/" + one.get(0).documentId()).statusCode() == 200);
        String index = indexBehindAlias();
        var settings = elasticsearch.indices().get(g -> g.index(index)).result().get(index);
        elasticsearch.indices().delete(d -> d.index(index));
        try {
            given().queryParam("q", "workers").when().get("/api/search").then().statusCode(503)
                    .body("type", equalTo("urn:archive:problem:search-unavailable"));
        } finally {
            // Put an empty index back behind the alias, for the other tests of this class.
            elasticsearch.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0").analysis(settings.settings().index().analysis()))
                    .mappings(settings.mappings())
                    .aliases(ALIAS, a -> a.isWriteIndex(true)));
        }
    }

    @Test
    void shouldMergeTheIndexIntoOneSegmentWithEveryDocumentKept() throws Exception {
        for (int batch = 0; batch < 3; batch++) {
            // One batch per refresh: each lands in a segment of its own.
            List<DocumentEnriched> docs = List.of(FixtureCorpus.document(300 + 2 * batch, SEED, 400),
                    FixtureCorpus.document(301 + 2 * batch, SEED, 400));
            Publisher.publish(json, TOPIC, docs);
            for (DocumentEnriched d : docs) {
                await("indexed", () -> given().when().get("/api/documents/" + d.documentId()).statusCode() == 200);
            }
            Thread.sleep(1200);
        }
        long before = admin().when().get("/api/admin/index").then().statusCode(200).extract().jsonPath()
                .getLong("segments");
        assertTrue(before > 1, "segments before the merge: " + before);
        long total = total();

        JsonPath started = admin().queryParam("segments", 1).when().post("/api/admin/index/merge").then()
                .statusCode(202).extract().jsonPath();
        assertEquals(indexBehindAlias(), started.getString("index"));
        assertEquals(1, started.getInt("maxSegments"));
        assertFalse(started.getString("task").isBlank());
        await("merged into one segment", () -> admin().when().get("/api/admin/index").then().statusCode(200)
                .extract().jsonPath().getLong("segments") == 1);
        assertEquals(total, total());

        for (String bad : List.of("0", "-1", "101", "1.5", "x")) {
            admin().queryParam("segments", bad).when().post("/api/admin/index/merge").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:archive:problem:invalid-parameter"))
                    .body("parameter", equalTo("segments"));
        }
    }

    @Test
    void shouldNeedTheApiKeyForEveryAdminRequest() {
        given().when().post("/api/admin/index/merge").then().statusCode(401);
        given().when().post("/api/admin/reindex").then().statusCode(401);
        given().when().get("/api/admin/reindex").then().statusCode(401);
        given().when().get("/api/admin/index").then().statusCode(401)
                .body("type", equalTo("urn:archive:problem:missing-api-key"));
        given().header(TestServers.API_KEY_HEADER, "wrong").when().get("/api/admin/index").then().statusCode(401)
                .body("type", equalTo("urn:archive:problem:invalid-api-key"));
        given().when().delete("/api/admin/reindex").then().statusCode(401);
    }

    @Test
    void shouldSayWhatTextAnalysisTheIndexHasOnThisCluster() {
        JsonPath info = admin().when().get("/api/admin/index").then().statusCode(200).extract().jsonPath();
        assertEquals(ALIAS, info.getString("alias"));
        assertEquals(2, info.getInt("mappingVersion"));
        // The minimal distribution the tests run on has neither; a full one has both, and the index uses them.
        assertNull(info.get("clusterAnalysis.folding"));
        assertNull(info.get("clusterAnalysis.stemming"));
        assertEquals(2, info.getList("missingAnalysis").size());
        assertEquals(info.getMap("clusterAnalysis"), info.getMap("analysis"));
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().header(TestServers.API_KEY_HEADER, TestServers.apiKey());
    }

    private static JsonPath status() {
        return admin().when().get("/api/admin/reindex").then().statusCode(200).extract().jsonPath();
    }

    private String indexBehindAlias() throws Exception {
        var indices = elasticsearch.indices().getAlias(a -> a.name(ALIAS)).result().keySet();
        assertEquals(1, indices.size(), indices.toString());
        return indices.iterator().next();
    }

    private static int version(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    }

    private static long total() {
        return given().queryParam("size", 1).queryParam("facets", "false").when().get("/api/search").then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }

    private static Set<String> ids(String q) {
        return Set.copyOf(given().queryParam("q", q).when().get("/api/search").then().statusCode(200).extract()
                .jsonPath().getList("hits.id"));
    }

    private static DocumentEnriched withTitle(DocumentEnriched d, String title, long version) {
        return new DocumentEnriched(d.eventId(), d.schemaVersion(), d.documentId(), d.fileName(), d.mediaType(),
                d.sha256(), d.receivedAt(), d.enrichedAt(), version, title, d.text(), d.metadata(), d.citation(),
                d.footnotes(), d.signatories(), d.author(), d.contribution(), d.headnote(), d.paragraphs(),
                d.editorialMarks(), d.warnings(), d.mentions(), d.entities(), d.authorityVersion());
    }

    private static void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never happened: " + what);
    }
}
