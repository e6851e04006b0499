package org.archivist.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.archivist.testsupport.TestServers;

/** The three packaged services as separate processes on the tests' servers, on free ports. */
final class RunningPipeline implements AutoCloseable {

    private final List<ServiceProcess> services;

    private RunningPipeline(List<ServiceProcess> services) {
        this.services = services;
    }

    /**
     * Starts the three services, their logs in {@code target/<logs>}, with their topics, groups, index and
     * database under {@code namespace} (none: null, the shared ones) and these JVM options; returns once all
     * are ready.
     */
    static RunningPipeline start(String logs, String namespace, List<String> jvmOptions) {
        Path root = Path.of(System.getProperty("archive.root")).toAbsolutePath();
        Map<ArchiveService, Integer> ports = ArchiveService.freePorts();
        // A namespace has its own topics, groups, index and database: nothing of another test's pipeline leaks in.
        TestServers.Database db = namespace == null ? TestServers.database() : TestServers.databaseOfItsOwn(namespace);
        ArchiveService.Wiring wiring = new ArchiveService.Wiring(TestServers.kafkaBootstrapServers(),
                TestServers.elasticsearchHosts(), db.jdbcUrl(), db.username(), db.password(),
                "http://localhost:" + ports.get(ArchiveService.INGEST), TestServers.apiKey());
        return new RunningPipeline(ServiceProcess.startAll(root, namespace == null ? wiring : wiring.inNamespace(namespace),
                ports, Path.of("target", logs), jvmOptions, Duration.ofSeconds(120)));
    }

    String ingestUrl() {
        return services.get(0).url();
    }

    String enrichUrl() {
        return services.get(1).url();
    }

    String searchUrl() {
        return services.get(2).url();
    }

    /** The HTTP API as a client with the tests' API key sees it. */
    ArchiveClient client() {
        return new ArchiveClient(ingestUrl(), searchUrl(), TestServers.apiKey());
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
    }
}
