package org.archivist.enrich.entities;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.archivist.enrich.structure.TranscriptionReader;

/**
 * Throughput of enrichment in process, without Kafka or the database: reading the structure, finding the
 * entities (NER model, authority gazetteer, rules, dates) and linking them with the starter authority file, on
 * seed-size documents ({@link SeedVariants}), for 1 and then 2 threads, after a warm-up. Not a test: run it with
 * the command in the README; it prints documents and tokens per second and the heap used.
 */
public final class EntityBenchmark {

    private EntityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        List<String> documents = SeedVariants.documents(200, 1924);
        long tokens = 0;
        for (String document : documents) {
            tokens += NerModel.sentences(document).stream().mapToInt(List::size).sum();
        }
        double tokensPerDocument = tokens / (double) documents.size();
        Authority authority = StarterAuthority.asAuthority();
        EntityExtractor extractor = new EntityExtractor(NerModel.shared()::find, DateFinder::find);
        System.out.printf("%d documents of %d characters and %.0f tokens each on average; %d authority entities%n",
                documents.size(), documents.get(0).length(), tokensPerDocument, authority.size());
        if (!NerModel.featureExtractionCompiled()) {
            System.out.println("warning: the NER model's feature extraction runs interpreted, not as the service"
                    + " runs it: add -XX:-DontCompileHugeMethods");
        }
        run(1, 5, documents, extractor, authority, tokensPerDocument, false);
        for (int threads : new int[] {1, 2}) {
            run(threads, seconds, documents, extractor, authority, tokensPerDocument, true);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after the runs: %d MB (max %d MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static void run(int threads, long seconds, List<String> documents, EntityExtractor extractor,
            Authority authority, double tokensPerDocument, boolean report) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Future<?>[] workers = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers[t] = pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String text = documents.get(i++ % documents.size());
                    TranscriptionReader.Reading reading = TranscriptionReader.read(text, null);
                    EntityLinker.link(extractor.extract(reading, authority), authority);
                    done.incrementAndGet();
                }
            });
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (report) {
            System.out.printf("%d thread(s): %.1f documents/s, %.0f tokens/s%n", threads, done.get() / elapsed,
                    done.get() * tokensPerDocument / elapsed);
        }
    }
}
