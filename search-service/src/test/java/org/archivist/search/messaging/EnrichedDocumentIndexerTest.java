package org.archivist.search.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.events.Footnote;
import org.archivist.events.Topics;
import org.archivist.search.fixtures.FixtureCorpus;
import org.archivist.search.fixtures.Publisher;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.ElasticsearchResource;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.KafkaResource;
import org.junit.jupiter.api.Test;

/** Indexing from the enriched topic, on the contract's topics and the default index. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class EnrichedDocumentIndexerTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldSendADocumentElasticsearchRefusesToTheDeadLetterTopicAndIndexTheRestOfItsBatch() throws Exception {
        long seed = System.nanoTime();
        DocumentEnriched before = FixtureCorpus.document(0, seed, 1500);
        DocumentEnriched after = FixtureCorpus.document(1, seed, 1500);
        DocumentEnriched template = FixtureCorpus.document(2, seed, 1500);
        // More nested footnotes than an index takes (index.mapping.nested_objects.limit, 10,000): a real refusal.
        List<Footnote> notes = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            notes.add(new Footnote(Integer.toString(i + 1), "note " + i, null, -1, null));
        }
        DocumentEnriched refused = withFootnotes(template, notes);

        Publisher.publish(json, Topics.DOCUMENTS_ENRICHED, List.of(before, refused, after));

        String reason = deadLetterReason(refused.documentId().toString());
        assertTrue(reason.contains("nested"), reason);
        DocumentStatusChanged failed = lastStatus(refused.documentId().toString());
        assertEquals("FAILED", failed.status());
        assertEquals("search", failed.stage());
        assertTrue(failed.reason().contains("nested"), failed.reason());
        for (DocumentEnriched indexed : List.of(before, after)) {
            assertEquals("INDEXED", lastStatus(indexed.documentId().toString()).status());
            given().when().get("/api/documents/" + indexed.documentId()).then().statusCode(200);
        }
        given().when().get("/api/documents/" + refused.documentId()).then().statusCode(404);

        DocumentEnriched later = FixtureCorpus.document(3, seed, 1500);
        Publisher.publish(json, Topics.DOCUMENTS_ENRICHED, List.of(later));
        assertEquals("INDEXED", lastStatus(later.documentId().toString()).status(), "nothing is stuck behind it");
    }

    @Test
    void shouldIndexEveryDocumentOfABigBatch() throws Exception {
        long seed = System.nanoTime();
        List<DocumentEnriched> many = FixtureCorpus.generate(300, seed, 400);
        String collection = "bulk-" + UUID.randomUUID();
        List<DocumentEnriched> tagged = new ArrayList<>();
        for (DocumentEnriched d : many) {
            tagged.add(new DocumentEnriched(d.eventId(), d.schemaVersion(), d.documentId(), d.fileName(), d.mediaType(),
                    d.sha256(), d.receivedAt(), d.enrichedAt(), d.enrichmentVersion(), d.title(), d.text(),
                    new org.archivist.events.SourceMetadata(d.metadata().periodical(), d.metadata().issueDate(),
                            d.metadata().sourceUrl(), d.metadata().language(), collection, d.metadata().tags()),
                    d.citation(), d.footnotes(), d.signatories(), d.author(), d.contribution(), d.headnote(),
                    d.paragraphs(), d.editorialMarks(), d.warnings(), d.mentions(), d.entities(), d.authorityVersion()));
        }

        Publisher.publish(json, Topics.DOCUMENTS_ENRICHED, tagged);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int total = 0;
        while (System.nanoTime() < deadline && total < tagged.size()) {
            total = given().queryParam("collection", collection).queryParam("size", 1).when().get("/api/search")
                    .then().statusCode(200).extract().jsonPath().getInt("total");
            Thread.sleep(200);
        }
        assertEquals(tagged.size(), total);
    }

    private DocumentStatusChanged lastStatus(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<String, String>> records = EventProbe.records(Topics.DOCUMENTS_STATUS, id,
                    Duration.ofSeconds(10));
            if (!records.isEmpty()) {
                return json.readValue(records.get(records.size() - 1).value(), DocumentStatusChanged.class);
            }
        }
        throw new AssertionError("no status for " + id);
    }

    private static String deadLetterReason(String id) {
        List<ConsumerRecord<String, String>> records = EventProbe.records(Topics.DOCUMENTS_INDEX_FAILED, id,
                Duration.ofSeconds(60));
        assertEquals(1, records.size(), "one dead letter");
        assertNotNull(records.get(0).value(), "the event as it came");
        assertTrue(records.get(0).value().contains(id));
        Header header = records.get(0).headers().lastHeader("dead-letter-reason");
        assertNotNull(header);
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static DocumentEnriched withFootnotes(DocumentEnriched d, List<Footnote> notes) {
        return new DocumentEnriched(d.eventId(), d.schemaVersion(), d.documentId(), d.fileName(), d.mediaType(),
                d.sha256(), d.receivedAt(), d.enrichedAt(), d.enrichmentVersion(), d.title(), d.text(), d.metadata(),
                d.citation(), notes, d.signatories(), d.author(), d.contribution(), d.headnote(), d.paragraphs(),
                d.editorialMarks(), d.warnings(), d.mentions(), d.entities(), d.authorityVersion());
    }
}
