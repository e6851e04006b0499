package org.archivist.search.persistence;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Creates the index at start, and says what text analysis it has; while Elasticsearch is not there yet it
 * keeps trying in the background, and the first search or write tries too. An index of an older mapping is
 * migrated: the next version is built from it as by {@code POST /api/admin/reindex}.
 */
@ApplicationScoped
public class IndexStartup {

    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final ArchiveIndex index;
    private final Reindexer reindexer;
    private volatile Thread starter;

    public IndexStartup(ArchiveIndex index, Reindexer reindexer) {
        this.index = index;
        this.reindexer = reindexer;
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

    private void migrate() throws Exception {
        try {
            Reindexer.Status started = reindexer.start(false);
            Log.infof("migrating %s to %s", started.source(), started.target());
        } catch (Reindexer.AlreadyRunning e) {
            Log.infof("the index is already being migrated: %s", e.getMessage());
        }
    }

    private void ensure() {
        Duration wait = Duration.ofSeconds(1);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (ArchiveIndex.outdated(index.ensureExists())) {
                    migrate();
                }
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
