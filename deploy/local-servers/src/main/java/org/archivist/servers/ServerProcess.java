package org.archivist.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starting, watching and stopping one server process and the processes it spawned. */
final class ServerProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} with its output appended to {@code log}. When {@code runAs} is given and
     * this JVM runs as root, the command runs as that user (servers such as Elasticsearch refuse root).
     */
    static ServerProcess start(String name, List<String> command, Path workDir, Map<String, String> env,
            Path log, Optional<String> runAs) {
        List<String> full = command;
        if (runAs.isPresent() && OsUsers.isRoot()) {
            // runuser resets part of the environment: hand the variables over explicitly.
            List<String> withEnv = new ArrayList<>(List.of("env"));
            env.forEach((k, v) -> withEnv.add(k + "=" + v));
            withEnv.addAll(command);
            full = OsUsers.as(runAs.get(), withEnv);
        }
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            return new ServerProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", full), e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Fails with the end of the server's log when the process has died. */
    void assertAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue()
                    + "; last lines of " + log + ":\n" + tail(log, 40));
        }
    }

    /** SIGTERM to the process and everything it spawned, SIGKILL to what is left after the grace time. */
    void stop(Duration grace) {
        stopTree(process.toHandle(), grace);
    }

    /** SIGKILL to the process and everything it spawned, as a crash would; returns when they are gone. */
    void kill() {
        killTree(process.toHandle());
    }

    static void killTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                throw new IllegalStateException("process " + handle.pid() + " outlived SIGKILL for 30 s");
            }
        }
    }

    static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : all) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timedOut) {
                handle.destroyForcibly();
            }
        }
    }

    /** Kills a server left running by an earlier run that died before it could stop it. */
    static void killStale(Path pidFile, String commandLineMarker) {
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(h -> h.info().commandLine().map(c -> c.contains(commandLineMarker)).orElse(false))
                .ifPresent(h -> stopTree(h, Duration.ofSeconds(20)));
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.exists(pidFile)
                    ? Optional.of(Long.parseLong(Files.readString(pidFile).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
