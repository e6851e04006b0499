package org.archivist.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.scheduler.Scheduled;
import java.time.Duration;
import java.util.Set;
import org.archivist.events.AuthorityChanged;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.persistence.DatabaseProbe;
import org.archivist.ingest.service.DocumentIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The replay path of the authority file: when enrich-service reports a change, the documents it affects are
 * sent down the pipeline again, so that they are linked anew. An editor's change is replayed at once; the
 * changes enrichment makes itself (a new entity for a name that recurs, a new spelling of a known one) come by
 * the hundred while a backlog runs, so their documents wait {@code archive.ingest.replay.automatic-delay}
 * and each is replayed once for all the changes meanwhile; they also give way to new documents, waiting while
 * {@code archive.ingest.replay.busy-at} documents or more wait for enrichment.
 */
@ApplicationScoped
public class AuthorityChangeListener {

    /** The actions that enrichment takes on its own, as AuthorityChanged names them. */
    static final Set<String> AUTOMATIC = Set.of("entity-proposed", "variants-found");

    private final ObjectMapper json;
    private final DocumentIntake intake;
    private final IngestConfig config;
    private final DatabaseProbe database;

    public AuthorityChangeListener(ObjectMapper json, DocumentIntake intake, IngestConfig config,
            DatabaseProbe database) {
        this.json = json;
        this.intake = intake;
        this.config = config;
        this.database = database;
    }

    /** The schedule's identity, for pausing it (tests do, to send replays themselves). */
    public static final String SCHEDULE = "authority-replays";

    @Scheduled(identity = SCHEDULE, every = "${archive.ingest.replay.interval}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void replayDue() {
        try {
            int sent;
            do {
                sent = intake.replayDue(config.replay().batchSize(), config.replay().busyAt(),
                        config.replay().maxYield());
                if (sent > 0) {
                    Log.debugf("%d documents sent to be enriched again", sent);
                }
            } while (sent == config.replay().batchSize());
        } catch (RuntimeException e) {
            Log.warnf("due replays not sent (%s); they wait for the next round", e.toString());
        }
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
        boolean automatic = AUTOMATIC.contains(event.action());
        UntilStored.run(() -> intake.replayLater(event.documentIds(),
                automatic ? config.replay().automaticDelay() : Duration.ZERO, automatic),
                "the replays of authority version " + event.authorityVersion(), database);
        Log.debugf("authority version %s (%s): %s documents to enrich again", (Object) event.authorityVersion(),
                event.action(), event.documentIds().size());
    }
}
