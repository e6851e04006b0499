package org.archivist.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.archivist.events.AuthorityChanged;
import org.archivist.ingest.service.DocumentIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The replay path of the authority file: when enrich-service reports a change, the documents it affects are
 * sent down the pipeline again, so that they are linked anew.
 */
@ApplicationScoped
public class AuthorityChangeListener {

    private final ObjectMapper json;
    private final DocumentIntake intake;

    public AuthorityChangeListener(ObjectMapper json, DocumentIntake intake) {
        this.json = json;
        this.intake = intake;
    }

    @Incoming("authority-changed")
    @Blocking
    public void onChange(String payload) {
        AuthorityChanged event;
        try {
            event = json.readValue(payload, AuthorityChanged.class);
        } catch (Exception e) {
            Log.errorf("ignoring an unreadable authority change: %s", e.getMessage());
            return;
        }
        int replayed = intake.replay(event.documentIds());
        Log.infof("authority version %d (%s): %d documents sent to be enriched again", event.authorityVersion(),
                event.action(), replayed);
    }
}
