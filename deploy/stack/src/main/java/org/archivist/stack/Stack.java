package org.archivist.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.archivist.servers.LocalServers;
import org.archivist.servers.Ports;

/**
 * The whole archive on one machine without Docker: real Kafka, Elasticsearch and PostgreSQL, then the
 * three services. {@code up} stays in the foreground until Ctrl-C or {@code down}; both stop everything
 * it started. Settings come from environment variables (see README, "Local stack").
 */
public final class Stack {

    private Stack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("archive.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env("ARCHIVE_STACK_DATA", root.resolve(".local-stack").toString())).toAbsolutePath();
        String command = args.length == 0 ? "up" : args[0];
        switch (command) {
            case "up" -> up(root, data);
            case "down" -> System.exit(down(data));
            default -> {
                System.err.println("usage: deploy/stack.sh [up [--no-build] | down]");
                System.exit(2);
            }
        }
    }

    static void up(Path root, Path data) throws Exception {
        Files.createDirectories(data);
        Path pidFile = data.resolve("stack.pid");
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isPresent()) {
            System.err.println("A stack is already running from " + data + " (pid " + running.get().pid()
                    + "): stop it with deploy/stack.sh down");
            System.exit(1);
        }
        Map<ArchiveService, Integer> ports = new EnumMap<>(ArchiveService.class);
        for (ArchiveService service : ArchiveService.values()) {
            int port = intEnv("ARCHIVE_STACK_" + service.name() + "_PORT", service.defaultPort);
            Ports.requireFree(port, service.module);
            ports.put(service, port);
        }
        LocalServers.PortPlan plan = new LocalServers.PortPlan(
                intEnv("ARCHIVE_STACK_KAFKA_PORT", LocalServers.PortPlan.STANDARD.kafka()),
                intEnv("ARCHIVE_STACK_ELASTICSEARCH_PORT", LocalServers.PortPlan.STANDARD.elasticsearch()),
                intEnv("ARCHIVE_STACK_POSTGRES_PORT", LocalServers.PortPlan.STANDARD.postgres()));
        int partitions = intEnv("ARCHIVE_STACK_TOPIC_PARTITIONS", 6);

        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping...");
            stopAll(started);
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // the next up checks whether that pid still runs
            }
            say("Stopped.");
            stopped.countDown();
        }, "stack-stop"));

        long t0 = System.nanoTime();
        say("Starting Kafka, Elasticsearch and PostgreSQL (data in " + data + ")...");
        LocalServers servers = LocalServers.start(data, EnumSet.allOf(LocalServers.Server.class), plan, partitions);
        started.add(servers);
        String apiKey = apiKey(data);
        ArchiveService.Wiring wiring = ArchiveService.Wiring.of(servers,
                "http://localhost:" + ports.get(ArchiveService.INGEST), apiKey);
        say("Starting ingest-service, enrich-service and search-service (logs in " + data.resolve("logs") + ")...");
        List<ServiceProcess> services = ServiceProcess.startAll(root, wiring, ports, data.resolve("logs"),
                List.of("-Xmx512m"), Duration.ofSeconds(120));
        started.addAll(services);

        say("");
        say("The archive is ready (" + Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s):");
        for (ServiceProcess service : services) {
            say(String.format("  %-15s %s   (health %s/q/health, OpenAPI %s/q/openapi)", service.service().module,
                    service.url(), service.url(), service.url()));
        }
        say("  Kafka           " + servers.kafka().bootstrapServers());
        say("  Elasticsearch   " + servers.elasticsearch().url());
        say("  PostgreSQL      " + servers.postgres().jdbcUrl() + " (user " + servers.postgres().username()
                + ", password in " + data.resolve("postgres").resolve("password") + ")");
        say("API key: " + apiKey + (System.getenv("ARCHIVE_API_KEY") == null || System.getenv("ARCHIVE_API_KEY").isBlank()
                ? "   (generated, kept in " + data.resolve("api-key") + "; set ARCHIVE_API_KEY to choose one)"
                : "   (from ARCHIVE_API_KEY)"));
        say("Upload:  curl -H 'X-API-Key: " + apiKey + "' -F file=@your-file.txt " + services.get(0).url()
                + "/api/documents");
        say("Search:  curl '" + services.get(2).url() + "/api/search?q=Myasnikov'");
        say("Ctrl-C here, or deploy/stack.sh down elsewhere, stops everything.");
        stopped.await();
    }

    /** ARCHIVE_API_KEY when set; else the key generated by an earlier run, or a new one, kept in the data folder. */
    private static String apiKey(Path data) throws IOException {
        String given = System.getenv("ARCHIVE_API_KEY");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        Path file = data.resolve("api-key");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String key = java.util.HexFormat.of().formatHex(random);
        Files.writeString(file, key);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return key;
    }

    /** Asks a running stack to stop (as Ctrl-C would) and waits until it has. */
    static int down(Path data) throws InterruptedException {
        Path pidFile = data.resolve("stack.pid");
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isEmpty()) {
            say("No stack is running from " + data + ".");
            return 0;
        }
        say("Stopping the stack (pid " + running.get().pid() + ")...");
        running.get().destroy();
        try {
            running.get().onExit().get(3, TimeUnit.MINUTES);
        } catch (Exception e) {
            System.err.println("The stack did not stop within 3 minutes: " + e);
            return 1;
        }
        say("Stopped.");
        return 0;
    }

    private static Optional<ProcessHandle> runningStack(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains(Stack.class.getName())).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stopAll(List<AutoCloseable> started) {
        List<AutoCloseable> reversed;
        synchronized (started) {
            reversed = new ArrayList<>(started);
        }
        Collections.reverse(reversed);
        for (AutoCloseable c : reversed) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("could not stop " + c + ": " + e);
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static int intEnv(String name, int otherwise) {
        String value = env(name, Integer.toString(otherwise));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'", e);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
