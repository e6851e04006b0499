package org.archivist.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.archivist.events.DocumentStatusChanged;
import org.archivist.ingest.intake.DocumentStatus;
import org.archivist.ingest.persistence.DatabaseProbe;
import org.archivist.ingest.persistence.StoredDocument;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps each document's status from what enrich-service and search-service report. */
@ApplicationScoped
public class StatusListener {

    private final ObjectMapper json;
    private final DatabaseProbe database;

    public StatusListener(ObjectMapper json, DatabaseProbe database) {
        this.json = json;
        this.database = database;
    }

    @Incoming("document-status")
    @Blocking
    public void onStatus(String payload) {
        DocumentStatusChanged event;
        try {
            event = json.readValue(payload, DocumentStatusChanged.class);
        } catch (Exception e) {
            Log.errorf("ignoring an unreadable status event: %s", e.getMessage());
            return;
        }
        UntilStored.run(() -> QuarkusTransaction.requiringNew().run(() -> apply(event)),
                "the status " + event.status() + " of " + event.documentId(), database);
    }

    private void apply(DocumentStatusChanged event) {
        DocumentStatus next = DocumentStatus.parse(event.status());
        StoredDocument document = StoredDocument.findById(event.documentId());
        if (next == null || document == null || event.occurredAt() == null) {
            Log.debugf("status %s for %s: no such status or document", event.status(), event.documentId());
            return;
        }
        DocumentStatus current = DocumentStatus.parse(document.status);
        if (current.givesWayTo(next, event.occurredAt(), document.statusChangedAt)) {
            document.status = next.name();
            document.statusReason = next == DocumentStatus.FAILED ? event.stage() + ": " + event.reason() : null;
            document.statusChangedAt = event.occurredAt();
        }
    }
}
