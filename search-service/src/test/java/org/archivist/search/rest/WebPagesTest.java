package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentEntity;
import org.archivist.events.Footnote;
import org.archivist.search.fixtures.OwnTopic;
import org.archivist.search.fixtures.Publisher;
import org.archivist.search.fixtures.SeedFixture;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web pages as the server renders them, read back as HTML: the search page with its passages, facets,
 * histogram and pages; the document page laid out with linked mentions and footnote markers; the entity page;
 * and a document of hostile markup that the pages show as text. (The browser tests in deploy/stack drive the
 * same pages in Chromium, scripts included.)
 */
@QuarkusTest
@TestProfile(WebPagesTest.Profile.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class WebPagesTest {

    static final String NAME = "web-pages-test";
    static final UUID HOSTILE = UUID.fromString("0bad0bad-0000-4000-8000-000000000001");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnTopic.class, Map.of("name", NAME)));
        }
    }

    @Inject
    ObjectMapper json;

    @BeforeEach
    void publish() throws Exception {
        if (total() == 2) {
            return;
        }
        DocumentEnriched seed = SeedFixture.enriched();
        ObjectNode hostile = json.valueToTree(seed);
        hostile.put("documentId", HOSTILE.toString());
        hostile.put("title", "<script>window.pwned=1</script>Hostile <b>title</b>");
        hostile.put("text", "A text with <img src=x onerror=\"window.pwned=2\"> markup and Miasnikov & <i>friends</i>.");
        hostile.put("sha256", "f".repeat(64));
        for (String list : List.of("paragraphs", "mentions", "editorialMarks")) {
            hostile.putArray(list);
        }
        // Markup in every field the pages show: notes and their authors, signatories, citation, entities.
        String text = hostile.get("text").asText();
        hostile.putArray("footnotes").addObject().put("marker", "1").put("text", "<b>a note</b>")
                .put("author", "<i>an author</i>").put("anchorOffset", text.indexOf(" markup")).putNull("anchorSentence");
        hostile.putArray("signatories").addObject().put("name", "<u>Signer</u>").putNull("group").putArray("places")
                .addObject().put("written", "<s>Perm</s>").put("normalised", "<s>Perm</s>");
        hostile.putObject("citation").put("periodical", "<em>Dreadnought</em>").put("text", "<q>cited</q>")
                .put("start", 0);
        hostile.putArray("entities").addObject().put("id", "X/1?<b>").put("type", "person")
                .put("preferredLabel", "<script>window.pwned=3</script>Ent").put("mentions", 1)
                .putArray("surfaceForms").add("<i>Miasnikov</i>");
        hostile.putNull("headnote");
        Publisher.publish(json, OwnTopic.topic(NAME), List.of(seed, json.treeToValue(hostile, DocumentEnriched.class)));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (total() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(2, total(), "both documents indexed");
    }

    @Test
    void shouldShowTheSeedAsAHitWithItsPassageAndTheSpellingItMatchedThrough() {
        Document page = page("/search?q=Myasnikov", 200);
        Element hit = page.selectFirst("li.hit:has(a[href=/documents/" + SeedFixture.ID + "])");
        assertNotNull(hit, "the seed is a hit");
        assertEquals(SeedFixture.TITLE, hit.selectFirst("h3 a").text());
        assertTrue(hit.select(".via").eachText().contains("matched Myasnikov via Miasnikov"), hit.select(".via").text());
        assertFalse(hit.select(".snippet mark").isEmpty(), "the matched words are marked");
        assertEquals("Myasnikov", page.selectFirst("input#q").val(), "the form keeps the query");
        assertEquals("/api/suggest", page.selectFirst("input#q").attr("data-suggest"), "autocomplete asks the API");
    }

    @Test
    void shouldNarrowByAFacetValueAndRemoveItAgain() {
        Document all = page("/search?q=Miasnikov", 200);
        Element place = all.selectFirst("a[data-facet=place]");
        assertNotNull(place, "a place facet");
        Document narrowed = page(place.attr("href"), 200);
        assertTrue(place.attr("href").contains("place="), place.attr("href"));
        Element chip = narrowed.selectFirst(".chips li");
        assertNotNull(chip, "the filter in force is shown");
        assertTrue(chip.text().contains(place.ownText().strip()), chip.text());
        Element remove = chip.selectFirst("a.chip-remove");
        assertEquals("/search?q=Miasnikov", remove.attr("href"), "removing the filter is the search without it");
        Element facetAgain = narrowed.selectFirst("li.selected a[data-facet=place]");
        assertNotNull(facetAgain, "the value is marked as chosen in its facet");
        // A second facet combines with the first.
        Element person = narrowed.selectFirst("li:not(.selected) > a[data-facet=person]");
        Document both = page(person.attr("href"), 200);
        assertEquals(2, both.select(".chips li").size(), both.select(".chips").text());
    }

    @Test
    void shouldNarrowTheDatesFromTheYearHistogram() {
        Document page = page("/search", 200);
        Element bar = page.selectFirst(".histogram a.bar[data-year=1924]");
        assertNotNull(bar, "a bar for 1924");
        assertEquals("/search?from=1924&to=1924", bar.attr("href"));
        Document narrowed = page(bar.attr("href"), 200);
        assertEquals("1924", narrowed.selectFirst("input#from").val());
        assertTrue(narrowed.selectFirst(".chips").text().contains("1924 – 1924"), narrowed.selectFirst(".chips").text());
        assertEquals("1 document", narrowed.selectFirst(".result-count").text(), "only the seed has an issue date");
    }

    @Test
    void shouldLayOutTheDocumentWithLinkedMentionsFootnoteMarkersAndItsNotes() {
        DocumentEnriched seed = SeedFixture.enriched();
        Document page = page("/documents/" + SeedFixture.ID, 200);
        assertEquals(SeedFixture.TITLE, page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("p.block-headnote"), "the headnote");
        assertEquals(seed.footnotes().size(), page.select("a.note-ref").size(), "one marker per note");
        for (int n = 1; n <= seed.footnotes().size(); n++) {
            Footnote note = seed.footnotes().get(n - 1);
            Element ref = page.selectFirst("a.note-ref#ref-" + n);
            assertEquals("#note-" + n, ref.attr("href"));
            String before = page.selectFirst("div.text").text();
            assertTrue(before.contains(note.anchorSentence().replaceAll("\\s+", " ").strip()), note.anchorSentence());
            assertEquals(note.text(), page.selectFirst("#note-" + n + " .note-text").text().strip());
            assertEquals("— " + note.author(), page.selectFirst("#note-" + n + " .note-author").text());
        }
        DocumentEntity miasnikov = seed.entities().stream().filter(e -> "P1".equals(e.id())).findFirst().orElseThrow();
        assertFalse(page.select("a.mention[href=/entities/" + miasnikov.id() + "]").isEmpty(), "mentions link to their entity");
        assertEquals(14, page.select(".signatories li").size());
        assertTrue(page.selectFirst(".source").text().contains("Workers' Dreadnought"));
        assertTrue(page.selectFirst(".source a[download]").attr("href").endsWith("/api/documents/" + SeedFixture.ID + "/content"));
    }

    @Test
    void shouldShowAnEntityWithEverySpellingAndTheDocumentsThatMentionIt() {
        DocumentEntity p1 = SeedFixture.enriched().entities().stream().filter(e -> "P1".equals(e.id())).findFirst()
                .orElseThrow();
        Document page = page("/entities/P1", 200);
        assertEquals(p1.preferredLabel(), page.selectFirst("h1").text(), "the preferred label");
        assertTrue(page.selectFirst(".meta").text().startsWith("person"), page.selectFirst(".meta").text());
        List<String> variants = page.select(".variants li").eachText();
        assertTrue(variants.contains("Miasnikov"), variants.toString());
        assertTrue(page.select(".hits h3 a").eachText().contains(SeedFixture.TITLE));
        assertNotNull(page.selectFirst(".timeline a.bar[data-year=1924]"), "the time line");
    }

    @Test
    void shouldShowADocumentOfMarkupAsTextAndRunNoneOfIt() {
        assertNotNull(page("/search?q=hostile", 200).selectFirst("li.hit a[href=/documents/" + HOSTILE + "]"),
                "the hostile document is a hit");
        for (String path : List.of("/documents/" + HOSTILE, "/search?q=Miasnikov", "/search?q=hostile")) {
            Response r = given().when().get(path);
            assertEquals(200, r.statusCode(), path);
            String html = r.asString();
            for (String markup : List.of("<script>window.pwned", "<img src=x", "<b>title</b>", "<b>a note</b>",
                    "<i>an author</i>", "<u>Signer</u>", "<s>Perm</s>", "<em>Dreadnought</em>", "<q>cited</q>",
                    "<i>Miasnikov</i>", "X/1?<b>")) {
                assertFalse(html.contains(markup), path + " writes the document's markup " + markup);
            }
            assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"), "only the service's scripts");
        }
        Document page = page("/documents/" + HOSTILE, 200);
        assertEquals("<script>window.pwned=1</script>Hostile <b>title</b>", page.selectFirst("h1").text(),
                "the markup shows as the text it is");
        assertTrue(page.selectFirst("div.text").text().contains("<img src=x onerror=\"window.pwned=2\">"));
        assertEquals("<b>a note</b>", page.selectFirst("#note-1 .note-text").text());
        assertEquals("/entities/X%2F1%3F%3Cb%3E", page.selectFirst(".entities a").attr("href"),
                "an entity id is one segment of its link's path");
    }

    @Test
    void shouldAnswerWhatCannotBeShownWithAPageAndTheRightStatus() {
        assertNotNull(page("/search?sort=sideways", 400).selectFirst(".problem"));
        assertNotNull(page("/search?from=soon", 400).selectFirst(".problem"));
        assertNotNull(page("/documents/not-a-document", 404).selectFirst(".problem"));
        assertNotNull(page("/documents/" + UUID.randomUUID(), 404).selectFirst(".problem"));
        assertNotNull(page("/entities/nobody-at-all", 404).selectFirst(".problem"));
        assertEquals(303, given().redirects().follow(false).when().get("/").statusCode());
    }

    @Test
    void shouldServeTheUploadAndReviewPagesPointingAtTheOtherServices() {
        assertEquals("http://localhost:8081", page("/upload", 200).selectFirst("form#upload-form").attr("data-ingest"));
        assertEquals("http://localhost:8082", page("/authority", 200).selectFirst("form#key-form").attr("data-enrich"));
        for (String asset : List.of("/assets/archive.css", "/assets/archive.js", "/assets/upload.js", "/assets/authority.js")) {
            assertEquals(200, given().when().get(asset).statusCode(), asset);
        }
    }

    private static Document page(String path, int status) {
        Response r = given().urlEncodingEnabled(false).when().get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.asString());
        assertTrue(r.contentType().startsWith("text/html"), path + ": " + r.contentType());
        return Jsoup.parse(r.asString());
    }

    private static long total() {
        return given().queryParam("size", 1).queryParam("facets", "false").when().get("/api/search").then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }
}
