package org.archivist.enrich.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.archivist.enrich.entities.Authority;
import org.archivist.enrich.entities.DateFinder;
import org.archivist.enrich.entities.EntityExtractor;
import org.archivist.enrich.entities.EntityLinker;
import org.archivist.enrich.entities.Mention;
import org.archivist.enrich.entities.NerModel;
import org.archivist.enrich.structure.TranscriptionReader.Reading;

/** The named entities of a read transcription, linked with the authority file, and recorded in it. */
@ApplicationScoped
public class EntityEnrichment {

    private final AuthorityStore store;
    private volatile EntityExtractor extractor;

    public EntityEnrichment(AuthorityStore store) {
        this.store = store;
    }

    /** Loads the NER model (about 1.5 s) while the service starts, not on the first document. */
    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::extractor, "ner-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Finds and links the document's entities. The database steps are not caught here: the caller retries
     * them, since a document must not go on without its entities because the database blinked.
     */
    public AuthorityStore.Recorded enrich(UUID documentId, Reading reading) {
        Authority authority = store.current();
        EntityLinker.Linking linking;
        String warning = null;
        try {
            List<Mention> mentions = extractor().extract(reading, authority);
            linking = EntityLinker.link(mentions, authority);
        } catch (RuntimeException e) {
            // A text the extractor trips over still goes on, without its entities, and says so.
            Log.errorf(e, "document %s: cannot find its entities", documentId);
            linking = new EntityLinker.Linking(List.of(), List.of(), List.of());
            warning = "the named entities could not be found: " + e;
        }
        AuthorityStore.Recorded recorded = store.record(documentId, linking, authority);
        return warning == null ? recorded : recorded.withWarning(warning);
    }

    public void forget(UUID documentId) {
        store.forget(documentId);
    }

    private EntityExtractor extractor() {
        EntityExtractor ready = extractor;
        if (ready == null) {
            synchronized (this) {
                if (extractor == null) {
                    long start = System.nanoTime();
                    NerModel model = NerModel.shared();
                    extractor = new EntityExtractor(model::find, DateFinder::find);
                    Log.infof("NER model loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
                }
                ready = extractor;
            }
        }
        return ready;
    }
}
