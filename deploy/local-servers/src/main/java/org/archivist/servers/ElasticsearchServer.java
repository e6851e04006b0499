package org.archivist.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Elasticsearch node from the integ-test-zip distribution on Maven Central. Elasticsearch refuses to
 * run as root, so a root JVM starts it as the system user {@value #USER}.
 */
public final class ElasticsearchServer implements LocalServer {

    static final String USER = "archive-es";

    private final int port;
    private final ServerProcess process;

    private ElasticsearchServer(int port, ServerProcess process) {
        this.port = port;
        this.process = process;
    }

    public static ElasticsearchServer start(Path dataDir, int port) {
        Path home = dataDir.resolve("elasticsearch").toAbsolutePath();
        Path pidFile = home.resolve("elasticsearch.pid");
        ServerProcess.killStale(pidFile, home.toString());
        Ports.requireFree(port, "Elasticsearch");
        Path distribution = Distributions.elasticsearchHome();
        try {
            Files.createDirectories(home.resolve("data"));
            Files.createDirectories(home.resolve("logs"));
            Files.createDirectories(home.resolve("tmp"));
            Path config = home.resolve("config");
            if (!Files.exists(config.resolve("elasticsearch.yml"))) {
                copyTree(distribution.resolve("config"), config);
            }
            if (OsUsers.isRoot()) {
                OsUsers.ensureTraversable(distribution);
                OsUsers.ensureTraversable(home);
                OsUsers.ensureSystemUser(USER);
                OsUsers.chownTree(home, USER);
            }
            Path log = home.resolve("elasticsearch.out");
            Files.deleteIfExists(log);
            // Written by this JVM (the process's output is redirected to it), so it stays ours.
            Files.createFile(log);
            ServerProcess process = ServerProcess.start("Elasticsearch", List.of(
                    distribution.resolve("bin").resolve("elasticsearch").toString(),
                    "-p", pidFile.toString(),
                    "-Ecluster.name=archive-local",
                    "-Enode.name=local",
                    "-Ediscovery.type=single-node",
                    "-Expack.security.enabled=false",
                    "-Ehttp.host=127.0.0.1",
                    "-Ehttp.port=" + port,
                    "-Etransport.host=127.0.0.1",
                    "-Epath.data=" + home.resolve("data"),
                    "-Epath.logs=" + home.resolve("logs"),
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false"),
                    home,
                    Map.of("ES_JAVA_HOME", System.getProperty("java.home"),
                            "ES_PATH_CONF", config.toString(),
                            "ES_TMPDIR", home.resolve("tmp").toString(),
                            "ES_JAVA_OPTS", "-Xms512m -Xmx512m"),
                    log, Optional.of(USER));
            ElasticsearchServer server = new ElasticsearchServer(port, process);
            Readiness.await("Elasticsearch on port " + port, Duration.ofSeconds(120), process, server::healthy);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** {@code host:port}, as Quarkus' {@code quarkus.elasticsearch.hosts} wants it. */
    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    private boolean healthy() {
        // This distribution answers GET / with 405: ask the cluster health instead.
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public long pid() {
        return process.pid();
    }
}
