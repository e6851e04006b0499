package org.archivist.enrich.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.archivist.enrich.client.IngestClient;
import org.archivist.enrich.config.EnrichConfig;
import org.archivist.enrich.extraction.ExtractedText;
import org.archivist.enrich.extraction.TextExtractor;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentReceived;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * DocumentReceived in, DocumentEnriched out, keyed by document id. The received event is acknowledged
 * only once Kafka took the enriched one; an event that cannot be enriched is sent, as it came, to the
 * dead-letter topic with the reason (failure-strategy in application.properties).
 */
@ApplicationScoped
public class DocumentEnricher {

    private final ObjectMapper json;
    private final IngestClient ingest;
    private final TextExtractor extractor;

    public DocumentEnricher(ObjectMapper json, @RestClient IngestClient ingest, EnrichConfig config) {
        this.json = json;
        this.ingest = ingest;
        this.extractor = new TextExtractor(config.maxTextChars());
    }

    @Incoming("documents-received")
    @Outgoing("documents-enriched")
    @Blocking(ordered = true)
    public Record<String, DocumentEnriched> enrich(String payload) throws JsonProcessingException {
        DocumentReceived received = json.readValue(payload, DocumentReceived.class);
        byte[] bytes = received.contentIncluded() ? received.content() : ingest.content(received.documentId());
        ExtractedText extracted = extractor.extract(bytes, received.fileName());
        if (extracted.truncated()) {
            Log.warnf("document %s: text cut off at the configured limit", received.documentId());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DocumentEnriched enriched = new DocumentEnriched(UUID.randomUUID(), DocumentEnriched.SCHEMA_VERSION,
                received.documentId(), received.fileName(), received.mediaType(), received.sha256(),
                received.receivedAt(), now, ChronoUnit.MICROS.between(Instant.EPOCH, now),
                extracted.title(), extracted.text());
        return Record.of(received.documentId().toString(), enriched);
    }
}
