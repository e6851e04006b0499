package org.archivist.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus service running as a child process, ready once its readiness check says UP. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ArchiveService service;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(ArchiveService service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The AppCDS archive that the package step writes next to the jar (quarkus.package.jar.aot.enabled). */
    static final String CLASS_ARCHIVE = "app-cds.jsa";

    public static ServiceProcess start(ArchiveService service, Path projectRoot, ArchiveService.Wiring wiring,
            int port, Path logDir, List<String> jvmOptions) {
        Path jar = service.runnableJar(projectRoot);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package -DskipTests)");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(service.module + ".log");
            List<String> command = new ArrayList<>();
            if (service.niceness > 0 && Files.isExecutable(Path.of("/usr/bin/nice"))) {
                command.addAll(List.of("/usr/bin/nice", "-n", Integer.toString(service.niceness)));
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(service.jvmOptions);
            command.addAll(jvmOptions);
            if (Files.exists(jar.resolveSibling(CLASS_ARCHIVE))) {
                // Written by the package step for the JDK that built it; another JDK warns and starts without it.
                command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
            }
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(service.environment(wiring, port));
            return new ServiceProcess(service, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module, e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public ArchiveService service() {
        return service;
    }

    /** The operating system's process id, for measuring the service from outside (its memory, say). */
    public long pid() {
        return process.pid();
    }

    /**
     * A counter of the service's Prometheus metrics ({@code /q/metrics}) with the given tag value, 0 when it
     * never counted: how much work this instance did, as an operator would read it.
     */
    public double counter(String name, String tag, String value) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^" + name + "\\{[^}]*" + tag + "=\""
                    + value + "\"[^}]*\\} ([0-9.eE+]+)$", java.util.regex.Pattern.MULTILINE).matcher(metrics);
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics of " + service.module, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the end of the log if the process died. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module + " exited with code " + process.exitValue()
                        + "; see " + log + ":\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            // Often: the time to ready that the benchmarks report is measured by this loop.
            sleep(50);
        }
        throw new IllegalStateException(service.module + " was not ready within " + timeout.toSeconds()
                + " s; see " + log + ":\n" + tail());
    }

    /** SIGKILL, as a crash would: no shutdown hooks, nothing flushed, no offsets committed. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGTERM (Quarkus shuts down gracefully), then SIGKILL after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Starts every service, in parallel, and waits until all are ready; stops them all if one fails. */
    public static List<ServiceProcess> startAll(Path projectRoot, ArchiveService.Wiring wiring,
            Map<ArchiveService, Integer> ports, Path logDir, List<String> jvmOptions, Duration timeout) {
        List<ServiceProcess> started = new ArrayList<>();
        try {
            for (ArchiveService service : ArchiveService.values()) {
                started.add(start(service, projectRoot, wiring.onPorts(ports), ports.get(service), logDir, jvmOptions));
            }
            for (ServiceProcess process : started) {
                process.awaitReady(timeout);
            }
            return started;
        } catch (RuntimeException e) {
            started.forEach(ServiceProcess::close);
            throw e;
        }
    }
}
