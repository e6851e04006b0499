package org.archivist.search.persistence;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Creates the index at start, and says what text analysis it has; while Elasticsearch is not there yet it
 * keeps trying in the background, and the first search or write tries too.
 */
@ApplicationScoped
public class IndexStartup {

    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final ArchiveIndex index;
    private volatile Thread starter;

    public IndexStartup(ArchiveIndex index) {
        this.index = index;
    }

    void onStart(@Observes StartupEvent event) {
        Thread t = new Thread(this::ensure, "index-startup");
        t.setDaemon(true);
        starter = t;
        t.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = starter;
        if (t != null) {
            t.interrupt();
        }
    }

    private void ensure() {
        Duration wait = Duration.ofSeconds(1);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                index.ensureExists();
                return;
            } catch (Exception e) {
                Log.warnf("Elasticsearch not ready for the index yet (%s); trying again in %s", e.getMessage(), wait);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
            }
        }
    }
}
