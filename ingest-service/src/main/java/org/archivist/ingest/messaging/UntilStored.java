package org.archivist.ingest.messaging;

import io.quarkus.logging.Log;
import java.time.Duration;
import org.archivist.ingest.intake.Unavailable;
import org.archivist.ingest.persistence.DatabaseProbe;

/**
 * Runs a write of what an event says until the database takes it: while PostgreSQL is down, the event waits
 * (and its partition with it) instead of being nacked, which would stop the channel, or dropped, which would
 * lose it. A failure of another kind counts as the database's too while the database does not answer; else
 * it is thrown.
 */
final class UntilStored {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private UntilStored() {
    }

    static void run(Runnable write, String what, DatabaseProbe database) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (!Unavailable.isStorageOutage(e) && database.answers()) {
                    throw e;
                }
                Log.warnf("%s waits for the database (%s); trying again in %s", what, e.getMessage(), pause);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopped while waiting for the database: " + what, e);
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
