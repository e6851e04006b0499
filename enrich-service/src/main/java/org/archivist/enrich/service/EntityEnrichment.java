package org.archivist.enrich.service;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.archivist.enrich.config.EnrichConfig;
import org.archivist.enrich.entities.Authority;
import org.archivist.enrich.entities.DateFinder;
import org.archivist.enrich.entities.EntityExtractor;
import org.archivist.enrich.entities.EntityLinker;
import org.archivist.enrich.entities.Mention;
import org.archivist.enrich.entities.NerModel;
import org.archivist.enrich.entities.RecentTexts;
import org.archivist.enrich.structure.TranscriptionReader.Reading;

/** The named entities of a read transcription, linked with the authority file, and recorded in it. */
@ApplicationScoped
public class EntityEnrichment {

    private final AuthorityStore store;
    private final int nerCacheSize;
    private final MeterRegistry meters;
    private volatile EntityExtractor extractor;

    public EntityEnrichment(AuthorityStore store, EnrichConfig config, MeterRegistry meters) {
        this.store = store;
        this.nerCacheSize = config.nerCacheSize();
        this.meters = meters;
    }

    /** Loads the NER model (about 1.5 s) while the service starts, not on the first document. */
    void onStart(@Observes StartupEvent event) {
        if (!NerModel.featureExtractionCompiled()) {
            Log.warn("this JVM leaves methods over 8,000 bytes of bytecode to the interpreter, the NER model's feature"
                    + " extraction among them: enrichment runs about a third slower; start the service with"
                    + " -XX:-DontCompileHugeMethods (the local stack and the Docker image do)");
        }
        Thread loader = new Thread(this::extractor, "ner-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The names a document's linking found, with the authority snapshot they were linked with. */
    public record Found(Authority authority, EntityLinker.Linking linking, String warning) {
    }

    /**
     * The authority file to link with (it may ask the database whether it changed). Waits for the NER model
     * too, if it is still loading, so that its loading never counts against a document's time limit.
     */
    public Authority authority() {
        extractor();
        return store.current();
    }

    /** Finds and links the document's entities: plain computation, no database. */
    public Found find(UUID documentId, Reading reading, Authority authority) {
        try {
            List<Mention> mentions = extractor().extract(reading, authority);
            return new Found(authority, EntityLinker.link(mentions, authority), null);
        } catch (RuntimeException e) {
            // A text the extractor trips over still goes on, without its entities, and says so.
            Log.errorf(e, "document %s: cannot find its entities", documentId);
            return new Found(authority, new EntityLinker.Linking(List.of(), List.of(), List.of()),
                    "the named entities could not be found: " + e);
        }
    }

    /**
     * Records what was found in the authority file. Database failures are not caught here: the caller retries,
     * since a document must not go on without its entities because the database blinked.
     */
    public AuthorityStore.Recorded record(UUID documentId, Found found) {
        AuthorityStore.Recorded recorded = store.record(documentId, found.linking(), found.authority());
        return found.warning() == null ? recorded : recorded.withWarning(found.warning());
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
                    RecentTexts recent = new RecentTexts(model::find, nerCacheSize);
                    // Texts answered from memory and texts the model read, for operators sizing the cache.
                    FunctionCounter.builder("archive.enrich.ner.texts", recent, r -> r.hitsAndMisses()[0])
                            .tag("answer", "memory").register(meters);
                    FunctionCounter.builder("archive.enrich.ner.texts", recent, r -> r.hitsAndMisses()[1])
                            .tag("answer", "model").register(meters);
                    extractor = new EntityExtractor(recent::find, DateFinder::find);
                    Log.infof("NER model loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
                }
                ready = extractor;
            }
        }
        return ready;
    }
}
