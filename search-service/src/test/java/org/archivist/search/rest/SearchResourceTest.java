package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.events.SourceCitation;
import org.archivist.events.SourceMetadata;
import org.archivist.events.Topics;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.KafkaResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class SearchResourceTest {

    @Inject
    ObjectMapper json;

    @Inject
    ElasticsearchClient elasticsearch;

    @Test
    void shouldFindAnEnrichedDocumentWithHighlightedPassages() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID id = UUID.randomUUID();
        publish(enriched(id, 1, "An Appeal " + word, "Comrades Myasnikov, Kusnetzov and " + word + " are imprisoned."));

        JsonPath result = awaitSearch(word, r -> r.getInt("total") == 1);

        assertEquals(id.toString(), result.getString("hits[0].id"));
        assertEquals("An Appeal " + word, result.getString("hits[0].title"));
        assertTrue(result.getString("hits[0].highlights.text[0]").contains("<mark>" + word + "</mark>"),
                result.prettify());
        DocumentStatusChanged status = json.readValue(EventProbe.records(Topics.DOCUMENTS_STATUS, id.toString(),
                Duration.ofSeconds(30)).get(0).value(), DocumentStatusChanged.class);
        assertEquals("INDEXED", status.status());
        assertEquals("search", status.stage());
    }

    @Test
    void shouldEscapeMarkupFromDocumentsInHighlights() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        publish(enriched(UUID.randomUUID(), 1, "Markup", "<script>alert(1)</script> " + word));

        String snippet = awaitSearch(word, r -> r.getInt("total") == 1).getString("hits[0].highlights.text[0]");

        assertFalse(snippet.contains("<script>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    }

    @Test
    void shouldLeaveOnlyTheHighlightTagsAsMarkupInEveryHighlightIncludingVariantPassages() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String text = "<i>Markup</i> " + word + " <script>alert('x')</script> the GPU had imprisoned Miasnikov "
                + "<b onclick=\"steal()\">there</b>.";
        int at = text.indexOf("Miasnikov");
        Instant now = Instant.now();
        DocumentEnriched event = new DocumentEnriched(UUID.randomUUID(), 1, UUID.randomUUID(), "m.html", "text/html",
                "0".repeat(64), now, now, 1, "<em>Title</em> " + word, text, SourceMetadata.NONE, null, List.of(
                        new org.archivist.events.Footnote("1", "<script>note</script> " + word, null, 5, "x")),
                List.of(), null, null, null, null, null, null,
                List.of(new org.archivist.events.EntityMention("person", "Miasnikov", at, at + 9, "P1", "exact",
                        "authority", 0.9, null)),
                List.of(new org.archivist.events.DocumentEntity("P1", "person", "Gavriil Myasnikov", List.of("Miasnikov"),
                        List.of("Miasnikov", "Myasnikov"), 1)), 1);
        publish(event);

        JsonPath r = awaitSearch("Myasnikov " + word, x -> x.getInt("total") == 1);

        java.util.Map<String, List<String>> highlights = r.getMap("hits[0].highlights");
        assertEquals(java.util.Set.of("title", "text", "footnotes"), highlights.keySet(), highlights.toString());
        List<String> all = highlights.values().stream().flatMap(List::stream).toList();
        assertTrue(all.stream().anyMatch(h -> h.contains("<mark>Miasnikov</mark>")), "the passage found by its variant");
        assertTrue(all.stream().anyMatch(h -> h.contains("&lt;script&gt;")), all.toString());
        for (String h : all) {
            String withoutMarks = h.replace("<mark>", "").replace("</mark>", "");
            assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">") || withoutMarks.contains("\""), h);
        }
    }

    @Test
    void shouldNeverLetAStaleEventReplaceANewerOne() throws Exception {
        String newer = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String older = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID id = UUID.randomUUID();
        publish(enriched(id, 20, "Newer", newer));
        awaitSearch(newer, r -> r.getInt("total") == 1);

        publish(enriched(id, 10, "Older", older));
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        publish(enriched(UUID.randomUUID(), 1, "Marker", marker));
        // The marker went in after the stale event on the same partition: once it is searchable,
        // the stale event has been handled.
        awaitSearch(marker, r -> r.getInt("total") == 1);

        assertEquals(0, search(older).getInt("total"));
        assertEquals(1, search(newer).getInt("total"));
    }

    @Test
    void shouldTakeThePeriodicalFromTheCitationWhereTheUploaderGaveNone() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID cited = UUID.randomUUID();
        UUID given = UUID.randomUUID();
        SourceCitation citation = new SourceCitation("Workers' Dreadnought", 11, 11,
                java.time.LocalDate.of(1924, 5, 31), "Text taken from ...", 0);
        Instant now = Instant.now();
        publish(new DocumentEnriched(UUID.randomUUID(), 1, cited, "a.txt", "text/plain", "0".repeat(64), now, now, 1,
                "Cited", word, SourceMetadata.NONE, citation, List.of(), List.of(), null, null, null, null, null, null, null, null, 0));
        publish(new DocumentEnriched(UUID.randomUUID(), 1, given, "b.txt", "text/plain", "0".repeat(64), now, now, 1,
                "Given", word, new SourceMetadata("The Worker", java.time.LocalDate.of(1921, 10, 22), null, null,
                        null, List.of()), citation, List.of(), List.of(), null, null, null, null, null, null, null, null, 0));
        awaitSearch(word, r -> r.getInt("total") == 2);

        var fromCitation = elasticsearch.get(g -> g.index("archive-documents").id(cited.toString()),
                org.archivist.search.persistence.IndexedDocument.class).source();
        var fromUploader = elasticsearch.get(g -> g.index("archive-documents").id(given.toString()),
                org.archivist.search.persistence.IndexedDocument.class).source();
        assertEquals("Workers' Dreadnought", fromCitation.periodical());
        assertEquals(java.time.LocalDate.of(1924, 5, 31), fromCitation.issueDate());
        assertEquals("The Worker", fromUploader.periodical(), "the uploader's metadata wins");
        assertEquals(java.time.LocalDate.of(1921, 10, 22), fromUploader.issueDate());
    }

    @Test
    void shouldDropADocumentWhenItsTombstoneComes() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID id = UUID.randomUUID();
        publish(enriched(id, 1, "Deleted later", word));
        awaitSearch(word, r -> r.getInt("total") == 1);

        EventProbe.send(Topics.DOCUMENTS_ENRICHED, id.toString(), null);

        awaitSearch(word, r -> r.getInt("total") == 0);
    }

    @Test
    void shouldCreateAnExplicitStrictMappingBehindTheAlias() throws Exception {
        var alias = elasticsearch.indices().getAlias(a -> a.name("archive-documents"));
        assertEquals(List.of("archive-documents-v1"), List.copyOf(alias.result().keySet()));
        var mapping = elasticsearch.indices().getMapping(m -> m.index("archive-documents-v1"))
                .result().get("archive-documents-v1").mappings();
        assertEquals(DynamicMapping.Strict, mapping.dynamic());
        assertTrue(mapping.properties().get("receivedAt").isDate());
        assertTrue(mapping.properties().get("text").isText());
        assertTrue(mapping.properties().get("issueDate").isDate());
        assertTrue(mapping.properties().get("collection").isKeyword());
    }

    @Test
    void shouldAnswerProblemJsonForInvalidParametersAndNeverFailOnQuerySyntax() {
        given().queryParam("q", "a").queryParam("size", 1000).when().get("/api/search").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:archive:problem:invalid-search"))
                .body("parameter", equalTo("size"));
        given().queryParam("q", "a").queryParam("page", "x").when().get("/api/search").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        for (String broken : List.of("\"unclosed phrase", "a AND (", "title:[1 TO", "*?~^", "-", "{\"json\":1}")) {
            given().queryParam("q", broken).when().get("/api/search").then().statusCode(200);
        }
    }

    @Test
    void shouldServeHealthAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Elasticsearch cluster health check"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/search'.get.summary", startsWith("Search the archive"))
                .body("paths.'/api/search'.get.parameters.name", org.hamcrest.Matchers.hasItems("q", "person", "place",
                        "organisation", "periodical", "language", "collection", "tag", "from", "to", "hasFootnotes",
                        "sort", "page", "size", "cursor"))
                .body("paths.'/api/documents/{id}'.get.summary", startsWith("An enriched document"))
                .body("paths.'/api/entities/{id}/documents'.get.summary", startsWith("The documents that mention"))
                .body("paths.'/api/suggest'.get.summary", startsWith("Entities"))
                .body("paths.'/api/admin/reindex'.post.summary", startsWith("Build the next index version"));
    }

    private static DocumentEnriched enriched(UUID id, long version, String title, String text) {
        Instant now = Instant.now();
        return new DocumentEnriched(UUID.randomUUID(), 1, id, "doc.txt", "text/plain", "0".repeat(64),
                now, now, version, title, text, new SourceMetadata("Workers' Dreadnought",
                        java.time.LocalDate.of(1924, 5, 31), null, "en", "left-communism", List.of("1924")), null,
                List.of(), List.of(), null, null, null, null, null, null, null, null, 0);
    }

    private void publish(DocumentEnriched event) throws Exception {
        EventProbe.send(Topics.DOCUMENTS_ENRICHED, event.documentId().toString(), json.writeValueAsString(event));
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q).when().get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitSearch(String q, Predicate<JsonPath> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = search(q);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("search for " + q + " never matched; last answer: "
                + (last == null ? null : last.prettify()));
    }
}
