package org.archivist.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.archivist.enrich.entities.Authority;
import org.archivist.enrich.entities.DateFinder;
import org.archivist.enrich.entities.EntityExtractor;
import org.archivist.enrich.entities.EntityLinker;
import org.archivist.enrich.entities.NerModel;
import org.archivist.enrich.entities.StarterAuthority;
import org.archivist.enrich.extraction.TextExtractor;
import org.archivist.enrich.structure.TranscriptionReader;

/**
 * Enrichment alone, in this process: the same steps enrich-service runs on each document (Tika, structure and
 * footnotes, the NER model, the authority gazetteer, rules, dates, linking), without Kafka or the database.
 */
final class EnrichmentAlone {

    private EnrichmentAlone() {
    }

    static final int WARM_UP = 300;

    /**
     * Documents per second over {@code documents}, on {@code threads} threads, after {@link #WARM_UP} of them and
     * one pass over all.
     */
    static double documentsPerSecond(List<TranscriptionGenerator.Transcription> documents, int threads)
            throws Exception {
        if (!NerModel.featureExtractionCompiled()) {
            System.out.println("warning: enrichment alone runs the NER model's feature extraction interpreted, the"
                    + " service does not: run Maven with -XX:-DontCompileHugeMethods (.mvn/jvm.config has it)");
        }
        Authority authority = StarterAuthority.asAuthority();
        EntityExtractor extractor = new EntityExtractor(NerModel.shared()::find, DateFinder::find);
        TextExtractor text = new TextExtractor(4_000_000);
        // The JIT needs long to compile the NER model's hot methods: after 50 documents of warm-up enrichment alone
        // measured 23.9 documents/s, after 300 30-41, while a second pass over 600 gave 47-51. It warms up on
        // WARM_UP documents and then on all of them once.
        run(documents.subList(0, Math.min(WARM_UP, documents.size())), threads, authority, extractor, text);
        run(documents, threads, authority, extractor, text);
        long start = System.nanoTime();
        run(documents, threads, authority, extractor, text);
        return documents.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void run(List<TranscriptionGenerator.Transcription> documents, int threads, Authority authority,
            EntityExtractor extractor, TextExtractor text) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        Future<?>[] workers = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    TranscriptionGenerator.Transcription d = documents.get(i);
                    String extracted = text.extract(d.bytes(), d.fileName()).text();
                    TranscriptionReader.Reading reading = TranscriptionReader.read(extracted, null);
                    EntityLinker.link(extractor.extract(reading, authority), authority);
                }
                return null;
            });
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }
}
