package org.archivist.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of {@link NerModel#find} on the seed, with 1 and then 2 threads sharing one model, after a
 * warm-up; then the heap in use and the process's resident memory. Not a test: run it with the command in the
 * README ({@code -Dexec.args=10} for 10 s rounds).
 */
public final class NerModelBenchmark {

    private NerModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String seed = seed();
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        long loading = System.nanoTime();
        NerModel model = NerModel.shared();
        System.out.printf("model loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        int tokens = NerModel.sentences(seed).stream().mapToInt(List::size).sum();
        List<Mention> expected = model.find(seed);
        System.out.printf("seed: %d characters, %d tokens, %d mentions%n", seed.length(), tokens, expected.size());
        run(model, seed, 2, 5, expected);
        for (int threads = 1; threads <= 2; threads++) {
            double documentsPerSecond = run(model, seed, threads, seconds, expected);
            System.out.printf("%d thread(s): %.1f documents/s, %.0f tokens/s%n", threads, documentsPerSecond,
                    documentsPerSecond * tokens);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap used after GC: %d MB; max heap %d MB; resident: %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, residentMemory());
    }

    /** Documents per second; fails if any thread's result differs from the single-threaded one. */
    private static double run(NerModel model, String seed, int threads, long seconds, List<Mention> expected)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong documents = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (!model.find(seed).equals(expected)) {
                        throw new IllegalStateException("a concurrent run found other mentions");
                    }
                    documents.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        return documents.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String residentMemory() throws IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return line.substring(6).trim();
            }
        }
        return "unknown";
    }

    private static String seed() throws IOException {
        try (InputStream in = NerModelBenchmark.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
