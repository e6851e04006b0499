package org.archivist.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JSON samples are the contract other teams read: the records must keep reading them. */
class EventContractTest {

    // Configured as the services' Jackson is: unknown fields are ignored, dates are ISO strings.
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void shouldReadTheDocumentReceivedSampleIgnoringUnknownFields() throws IOException {
        DocumentReceived event = json.readValue(sample("document-received.v1.json"), DocumentReceived.class);

        assertEquals(UUID.fromString("5f0e8a52-8a3e-4b8f-bb0e-1d7c9f3b2a10"), event.documentId());
        assertEquals(DocumentReceived.SCHEMA_VERSION, event.schemaVersion());
        assertEquals(Instant.parse("2025-04-29T10:15:30Z"), event.receivedAt());
        assertTrue(event.contentIncluded());
        assertArrayEquals("hello world".getBytes(StandardCharsets.US_ASCII), event.content());
        assertEquals(SourceMetadata.NONE, event.metadata(), "events from before 1.1 read with no metadata");
    }

    @Test
    void shouldRoundTripADocumentReceivedWithoutContentAsAReference() throws IOException {
        DocumentReceived event = new DocumentReceived(UUID.randomUUID(), 1, UUID.randomUUID(), "big.pdf",
                "application/pdf", 5_000_000, "00", Instant.parse("2025-01-01T00:00:00Z"), null,
                new SourceMetadata("Workers' Dreadnought", java.time.LocalDate.of(1924, 5, 31), null, "en",
                        "left-communism", List.of("1924", "appeal")));

        DocumentReceived back = json.readValue(json.writeValueAsString(event), DocumentReceived.class);

        assertFalse(back.contentIncluded());
        assertEquals(event.metadata(), back.metadata());
        assertEquals(event.documentId(), back.documentId());
        assertEquals(event.size(), back.size());
    }

    @Test
    void shouldReadTheDocumentEnrichedSample() throws IOException {
        DocumentEnriched event = json.readValue(sample("document-enriched.v1.json"), DocumentEnriched.class);

        assertEquals("An Appeal", event.title());
        assertEquals(java.time.LocalDate.of(1924, 5, 31), event.citation().issueDate());
        assertEquals(11, event.citation().volume());
        assertEquals("adri", event.footnotes().get(0).author());
        assertTrue(event.footnotes().get(0).anchored());
        assertEquals("Latvia", event.signatories().get(0).places().get(0).normalised());
        assertEquals(1, event.enrichmentVersion());
        assertTrue(event.text().startsWith("An Appeal."));
        assertEquals("Communist International", event.text().substring(event.mentions().get(0).start(),
                event.mentions().get(0).end()), "mention offsets refer to the text");
        assertEquals("1924-05-31", event.mentions().get(1).normalised());
        assertEquals("E7", event.entities().get(0).id());
        assertTrue(event.entities().get(0).variants().contains("Comintern"));
        assertEquals(3, event.authorityVersion());
    }

    @Test
    void shouldReadTheStatusSample() throws IOException {
        DocumentStatusChanged event = json.readValue(sample("document-status-changed.v1.json"),
                DocumentStatusChanged.class);

        assertEquals("FAILED", event.status());
        assertEquals("enrich", event.stage());
        assertTrue(event.reason().contains("broken.pdf"));
    }

    @Test
    void shouldNameTopicsWithDotsOnlyAndVersioned() {
        for (String topic : Topics.ALL) {
            assertTrue(topic.matches("[a-z]+(\\.[a-z-]+)+\\.v\\d+"), topic);
        }
        assertEquals(Topics.ALL.size(), new HashSet<>(Topics.ALL).size());
    }

    private static InputStream sample(String name) {
        return EventContractTest.class.getResourceAsStream("/samples/" + name);
    }
}
