package org.archivist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** How busy the machine's cores are, from {@code /proc/stat}. */
final class MachineLoad {

    /** The kernel's USER_HZ: /proc/stat counts in hundredths of a second on every Linux this runs on. */
    private static final int TICKS_PER_SECOND = 100;

    private MachineLoad() {
    }

    /**
     * Waits until the cores have been at least {@code idle} idle over one second (servers that have just
     * started warm up for a while), or {@code atMost} has passed.
     * @return the idle share of the last second
     */
    static double awaitIdle(double idle, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        double last;
        do {
            long[] before = cpuTimes();
            Thread.sleep(1000);
            long[] after = cpuTimes();
            long total = after[0] - before[0];
            last = total <= 0 ? 1 : (double) (after[1] - before[1]) / total;
        } while (last < idle && System.nanoTime() < deadline);
        return last;
    }

    /** The seconds all cores together have been busy (not idle, not waiting for I/O) since boot. */
    static double busySeconds() {
        long[] t = cpuTimes();
        return (t[0] - t[1]) / (double) TICKS_PER_SECOND;
    }

    /** All jiffies and idle (plus I/O wait) jiffies since boot, from the first line of /proc/stat. */
    private static long[] cpuTimes() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
