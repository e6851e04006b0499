package org.archivist.enrich.structure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Throughput of structure and footnote extraction ({@link TranscriptionReader#read}: chrome, footnotes,
 * citation, signatories, structure, editorial marks) on the seed, one thread, after a warm-up. Not a test:
 * run it with the command in the README; it prints documents per second.
 */
public final class StructureBenchmark {

    private StructureBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String seed;
        try (InputStream in = StructureBenchmark.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        int sink = 0;
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            sink += TranscriptionReader.read(seed, null).footnotes().size();
        }
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            long documents = 0;
            while (System.nanoTime() < end) {
                sink += TranscriptionReader.read(seed, null).footnotes().size();
                documents++;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d documents in %.1f s = %.0f documents/s (%.1f MB/s of text)%n", round,
                    documents, elapsed, documents / elapsed, documents * seed.length() / elapsed / 1e6);
        }
        if (sink == 42) {
            System.out.println(); // keeps the work from being optimised away
        }
    }
}
