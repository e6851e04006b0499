package org.archivist.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of {@link NerModel#find} on the seed, with 1 and then 2 threads sharing one model, after a
 * warm-up; then the heap in use and the process's resident memory. Besides documents per second of wall-clock
 * time it prints documents per second of the threads' CPU time, which other work on a shared machine disturbs
 * far less (the JIT's and the collector's threads are not counted in it). Not a test: run it with the command in the README (the argument: seconds per round, default 10).
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
            double[] rates = run(model, seed, threads, seconds, expected);
            System.out.printf("%d thread(s): %.1f documents/s, %.0f tokens/s; %.1f documents and %.0f tokens per "
                    + "second of the threads' CPU time (%.1f documents/s on %d free cores)%n", threads, rates[0],
                    rates[0] * tokens, rates[1], rates[1] * tokens, rates[1] * threads, threads);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap used after GC: %d MB; max heap %d MB; resident: %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, residentMemory());
    }

    /**
     * Documents per second of wall-clock time and per second of CPU time; fails if any thread's result differs
     * from the single-threaded one.
     */
    private static double[] run(NerModel model, String seed, int threads, long seconds, List<Mention> expected)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong documents = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                while (System.nanoTime() < end) {
                    if (!model.find(seed).equals(expected)) {
                        throw new IllegalStateException("a concurrent run found other mentions");
                    }
                    documents.incrementAndGet();
                }
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        double wall = documents.get() / ((System.nanoTime() - start) / 1e9);
        double perCpuSecond = documents.get() / (cpuNanos.get() / 1e9);
        return new double[] {wall, perCpuSecond};
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
