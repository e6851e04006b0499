package org.archivist.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time that processes have used, each with the processes it spawned, to tell which of them share the
 * cores in a phase of the run. A child that exited during the phase is missed (its time goes to its parent
 * only when the parent reaps it); the servers' and services' workers live as long as they do.
 */
final class ProcessCpu {

    private record Counted(long pid, boolean withDescendants) {
    }

    private final Map<String, Counted> pids = new LinkedHashMap<>();
    private Map<String, Double> start = Map.of();
    private long startNanos;

    /** Counts {@code pid} and its descendants as {@code name}. */
    ProcessCpu add(String name, long pid) {
        pids.put(name, new Counted(pid, true));
        return this;
    }

    /** Counts this JVM alone (not the servers and services it started) as {@code name}. */
    ProcessCpu addThisProcess(String name) {
        pids.put(name, new Counted(ProcessHandle.current().pid(), false));
        return this;
    }

    /** Starts the phase. */
    void start() {
        start = now();
        startNanos = System.nanoTime();
    }

    /**
     * The CPU seconds each process used since {@link #start()}, in the order added, then {@code "all"}: the
     * whole machine's busy time in the same span, from {@code /proc/stat} (what the named processes do not
     * explain is the rest of the machine).
     */
    Map<String, Double> sinceStart() {
        Map<String, Double> end = now();
        Map<String, Double> used = new LinkedHashMap<>();
        end.forEach((name, seconds) -> used.put(name, seconds - start.getOrDefault(name, 0.0)));
        return used;
    }

    /** Seconds since {@link #start()}. */
    double wallSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, p) -> seconds.put(name, seconds(p)));
        seconds.put("all", MachineLoad.busySeconds());
        return seconds;
    }

    private static double seconds(Counted counted) {
        Optional<ProcessHandle> root = ProcessHandle.of(counted.pid());
        if (root.isEmpty()) {
            return 0;
        }
        return Stream.concat(Stream.of(root.get()), counted.withDescendants() ? root.get().descendants() : Stream.empty())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .mapToDouble(d -> d.toNanos() / 1e9)
                .sum();
    }
}
