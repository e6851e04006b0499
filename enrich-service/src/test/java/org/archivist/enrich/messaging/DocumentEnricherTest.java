package org.archivist.enrich.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentReceived;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.events.SourceMetadata;
import org.archivist.events.Topics;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class DocumentEnricherTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldPublishTheEnrichedSeedKeyedByDocumentId() throws Exception {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = in.readAllBytes();
        }
        UUID id = UUID.randomUUID();
        DocumentReceived received = new DocumentReceived(UUID.randomUUID(), 1, id, "appeal.txt", "text/plain",
                seed.length, "abc", Instant.parse("2025-04-29T10:00:00Z"), seed,
                new SourceMetadata("Workers' Dreadnought", java.time.LocalDate.of(1924, 5, 31), null, "en", null, List.of()));

        send(id.toString(), json.writeValueAsString(received));

        ConsumerRecord<String, String> record = awaitRecord(Topics.DOCUMENTS_ENRICHED, id.toString());
        DocumentEnriched enriched = json.readValue(record.value(), DocumentEnriched.class);
        assertEquals(id, enriched.documentId());
        assertTrue(enriched.title().startsWith("An Appeal to the Communist International"), enriched.title());
        assertTrue(enriched.text().contains("HANDS OFF THE CONSTRUCTIVE COMMUNIST WORKERS!"));
        assertEquals(received.receivedAt(), enriched.receivedAt());
        assertTrue(enriched.enrichmentVersion() > 0);
        assertEquals("Workers' Dreadnought", enriched.metadata().periodical(), "metadata passed on");
        assertEquals(java.time.LocalDate.of(1924, 5, 31), enriched.citation().issueDate(), "citation found in the text");
        assertEquals(4, enriched.footnotes().size(), "the seed's footnotes");
        assertEquals(14, enriched.signatories().size(), "the seed's signatories");
        assertTrue(enriched.text().contains("Communist Party of Russia consists"), "markers taken out of the text");
        assertTrue(enriched.authorityVersion() > 0, "linked with the authority file");
        var myasnikov = enriched.entities().stream().filter(e -> e.surfaceForms().contains("Myasnikov")).findFirst()
                .orElseThrow();
        assertTrue(myasnikov.surfaceForms().contains("Miasnikov"), myasnikov.toString());
        assertTrue(myasnikov.id() != null && myasnikov.id().startsWith("E"), "a proposed entity of the authority file");
        var latvia = enriched.entities().stream().filter(e -> e.surfaceForms().contains("Lettland")).findFirst()
                .orElseThrow();
        assertTrue(latvia.surfaceForms().contains("Lettonia") && latvia.preferredLabel().equals("Latvia"), latvia.toString());
        for (var mention : enriched.mentions()) {
            assertEquals(mention.surface(), enriched.text().substring(mention.start(), mention.end()),
                    "mention offsets refer to the text");
        }
        assertTrue(enriched.mentions().stream().anyMatch(m -> "1924-05-31".equals(m.normalised())));
        assertEquals("ENRICHED", json.readValue(awaitRecord(Topics.DOCUMENTS_STATUS, id.toString()).value(),
                DocumentStatusChanged.class).status());
    }

    @Test
    void shouldSendAnUnreadableDocumentToTheDeadLetterTopicWithTheReason() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> no xref".getBytes(StandardCharsets.US_ASCII);
        DocumentReceived received = new DocumentReceived(UUID.randomUUID(), 1, id, "broken.pdf",
                "application/pdf", broken.length, "def", Instant.now(), broken, null);

        send(id.toString(), json.writeValueAsString(received));

        ConsumerRecord<String, String> dead = awaitRecord(Topics.DOCUMENTS_ENRICH_FAILED, id.toString());
        assertEquals(id, json.readValue(dead.value(), DocumentReceived.class).documentId(),
                "the dead letter is the original event, ready to replay");
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertNotNull(reason);
        assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains("broken.pdf"));
        DocumentStatusChanged status = json.readValue(awaitRecord(Topics.DOCUMENTS_STATUS, id.toString()).value(),
                DocumentStatusChanged.class);
        assertEquals("FAILED", status.status());
        assertTrue(status.reason().contains("broken.pdf"), status.reason());
    }

    @Test
    void shouldReportWhatEnrichmentCouldNotLinkAsWarningsWithTheEnrichedStatus() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] text = ("A Note on the Strike\n\nThe men came out on the Clyde.[1] They stayed out.[2]\n\n"
                + "Notes\n\n[1] The strike of January 1919.\n").getBytes(StandardCharsets.UTF_8);
        send(id.toString(), json.writeValueAsString(new DocumentReceived(UUID.randomUUID(), 1, id, "strike.txt",
                "text/plain", text.length, "jkl", Instant.now(), text, null)));

        DocumentEnriched enriched = json.readValue(awaitRecord(Topics.DOCUMENTS_ENRICHED, id.toString()).value(),
                DocumentEnriched.class);
        DocumentStatusChanged status = json.readValue(awaitRecord(Topics.DOCUMENTS_STATUS, id.toString()).value(),
                DocumentStatusChanged.class);
        assertEquals("ENRICHED", status.status(), "the document goes on");
        assertEquals(List.of("footnote marker 2 has no note"), status.warnings());
        assertEquals(status.warnings(), enriched.warnings());
    }

    @Test
    void shouldGiveUpADocumentThatTakesLongerThanTheTimeLimitAndGoOn() throws Exception {
        UUID slow = UUID.randomUUID();
        // About 600 KB of names (100,000 tokens): seconds of the NER model, over the tests' 2 s limit.
        byte[] text = ("Comrade Ivanov met Comrades Petrov, Sidorov and Smirnov of the Communist Party in Moscow. ")
                .repeat(6_500).getBytes(StandardCharsets.UTF_8);
        send(slow.toString(), json.writeValueAsString(new DocumentReceived(UUID.randomUUID(), 1, slow, "minutes.txt",
                "text/plain", text.length, "slow", Instant.now(), text, null)));
        UUID next = UUID.randomUUID();
        byte[] small = "A short notice.".getBytes(StandardCharsets.UTF_8);
        send(next.toString(), json.writeValueAsString(new DocumentReceived(UUID.randomUUID(), 1, next, "notice.txt",
                "text/plain", small.length, "next", Instant.now(), small, null)));

        ConsumerRecord<String, String> dead = awaitRecord(Topics.DOCUMENTS_ENRICH_FAILED, slow.toString());
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("took longer than 2 s"), reason);
        assertEquals("FAILED", json.readValue(awaitRecord(Topics.DOCUMENTS_STATUS, slow.toString()).value(),
                DocumentStatusChanged.class).status());
        assertNotNull(awaitRecord(Topics.DOCUMENTS_ENRICHED, next.toString()), "the stream flows on");
    }

    @Test
    void shouldKeepEnrichingAfterAMalformedEvent() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        send(poisonKey, "{not json");
        UUID id = UUID.randomUUID();
        byte[] text = "A later, healthy document.".getBytes(StandardCharsets.UTF_8);
        send(id.toString(), json.writeValueAsString(new DocumentReceived(UUID.randomUUID(), 1, id, "ok.txt",
                "text/plain", text.length, "ghi", Instant.now(), text, null)));

        assertNotNull(awaitRecord(Topics.DOCUMENTS_ENRICH_FAILED, poisonKey));
        assertNotNull(awaitRecord(Topics.DOCUMENTS_ENRICHED, id.toString()));
    }

    @Test
    void shouldPutAsideAnEnrichedDocumentLargerThanItsTopicTakesInsteadOfSendingItForever() throws Exception {
        // A topic that takes less than the service checks for (one created with Kafka's default of 1 MB):
        // here 64 KB, for a text of 136 KB in lower case (nothing for the NER model, well within the time limit).
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DOCUMENTS_ENRICHED);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", TestServers.kafkaBootstrapServers()))) {
            maxMessageBytes(admin, topic, 64 * 1024);
            try {
                UUID large = UUID.randomUUID();
                byte[] text = "the men and women of the east end met again in the hall and spoke of the strike. "
                        .repeat(1_650).getBytes(StandardCharsets.UTF_8);
                send(large.toString(), json.writeValueAsString(new DocumentReceived(UUID.randomUUID(), 1, large,
                        "minutes.txt", "text/plain", text.length, "large", Instant.now(), text, null)));
                UUID next = UUID.randomUUID();
                byte[] small = "A short notice.".getBytes(StandardCharsets.UTF_8);
                send(next.toString(), json.writeValueAsString(new DocumentReceived(UUID.randomUUID(), 1, next,
                        "notice.txt", "text/plain", small.length, "next-small", Instant.now(), small, null)));

                ConsumerRecord<String, String> dead = awaitRecord(Topics.DOCUMENTS_ENRICH_FAILED, large.toString());
                String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
                assertTrue(reason.contains("larger than Kafka takes on its topic"), reason);
                List<ConsumerRecord<String, String>> statuses = EventProbe.records(Topics.DOCUMENTS_STATUS,
                        large.toString(), Duration.ofSeconds(30));
                assertEquals("FAILED", json.readValue(statuses.get(statuses.size() - 1).value(),
                        DocumentStatusChanged.class).status(), "its last status");
                assertNotNull(awaitRecord(Topics.DOCUMENTS_ENRICHED, next.toString()), "the partition flows on");
            } finally {
                maxMessageBytes(admin, topic, Topics.MAX_MESSAGE_BYTES);
            }
        }
    }

    private static void maxMessageBytes(Admin admin, ConfigResource topic, int bytes) throws Exception {
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry("max.message.bytes", Integer.toString(bytes)), AlterConfigOp.OpType.SET))))
                .all().get(30, TimeUnit.SECONDS);
        // the broker applies a topic's new configuration within moments, not at once
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Integer.toString(bytes).equals(admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS)
                .get(topic).get("max.message.bytes").value()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
    }

    @Test
    void shouldPassATombstoneOnSoThatSearchDropsTheDocument() {
        String id = UUID.randomUUID().toString();

        send(id, null);

        org.junit.jupiter.api.Assertions.assertNull(awaitRecord(Topics.DOCUMENTS_ENRICHED, id).value());
    }

    @Test
    void shouldServeHealthAndOpenApi() {
        io.restassured.RestAssured.given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem("SmallRye Reactive Messaging - readiness check"));
        io.restassured.RestAssured.given().when().get("/q/openapi").then().statusCode(200);
    }

    private static void send(String key, String value) {
        EventProbe.send(Topics.DOCUMENTS_RECEIVED, key, value);
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        List<ConsumerRecord<String, String>> found = EventProbe.records(topic, key, Duration.ofSeconds(30));
        assertEquals(1, found.size(), "one record keyed " + key + " on " + topic);
        return found.get(0);
    }
}
