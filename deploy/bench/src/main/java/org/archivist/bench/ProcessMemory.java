package org.archivist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** The resident memory of a process, from {@code /proc/<pid>/status}, sampled in the background. */
final class ProcessMemory implements AutoCloseable {

    private final long pid;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    ProcessMemory(long pid) {
        this.pid = pid;
        this.sampler = new Thread(() -> {
            while (running) {
                long rss = rssKb(pid);
                peakKb.accumulateAndGet(rss, Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler-" + pid);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The resident set size now, in MB. */
    long nowMb() {
        return rssKb(pid) / 1024;
    }

    /** The largest resident set size sampled, in MB. */
    long peakMb() {
        return peakKb.get() / 1024;
    }

    /** Forgets the peak so far (to measure a phase on its own). */
    void resetPeak() {
        peakKb.set(rssKb(pid));
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
