package org.archivist.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three services, where their packaged application is, and how they are wired to the servers. */
public enum ArchiveService {

    INGEST("ingest-service", 8081, 0, List.of()),
    ENRICH("enrich-service", 8082, 10, List.of("-XX:-DontCompileHugeMethods", "-XX:+UseParallelGC")),
    SEARCH("search-service", 8083, 0, List.of());

    /**
     * Where the servers and the other services are; with a namespace, the stack's topics, consumer groups and
     * index alias start with it, so that it shares the servers with other stacks.
     */
    public record Wiring(String kafkaBootstrapServers, String elasticsearchHosts, String jdbcUrl, String dbUsername,
            String dbPassword, String ingestUrl, String apiKey, String namespace, String enrichUrl, String searchUrl) {

        public Wiring(String kafkaBootstrapServers, String elasticsearchHosts, String jdbcUrl, String dbUsername,
                String dbPassword, String ingestUrl, String apiKey) {
            this(kafkaBootstrapServers, elasticsearchHosts, jdbcUrl, dbUsername, dbPassword, ingestUrl, apiKey, null,
                    null, null);
        }

        /** The wiring to servers this project started. */
        public static Wiring of(org.archivist.servers.LocalServers servers, String ingestUrl, String apiKey) {
            return new Wiring(servers.kafka().bootstrapServers(), servers.elasticsearch().hostAndPort(),
                    servers.postgres().jdbcUrl(), servers.postgres().username(), servers.postgres().password(),
                    ingestUrl, apiKey);
        }

        public Wiring inNamespace(String name) {
            return new Wiring(kafkaBootstrapServers, elasticsearchHosts, jdbcUrl, dbUsername, dbPassword, ingestUrl,
                    apiKey, name, enrichUrl, searchUrl);
        }

        /**
         * The services on these ports of this machine: the web pages (search-service) then call ingest-service and
         * enrich-service from the browser there, and those two let the pages' origin do so.
         */
        public Wiring onPorts(Map<ArchiveService, Integer> ports) {
            return new Wiring(kafkaBootstrapServers, elasticsearchHosts, jdbcUrl, dbUsername, dbPassword,
                    "http://localhost:" + ports.get(INGEST), apiKey, namespace, "http://localhost:" + ports.get(ENRICH),
                    "http://localhost:" + ports.get(SEARCH));
        }

        /** What the stack's topic and group names start with. */
        public String kafkaPrefix() {
            return namespace == null ? "" : namespace + ".";
        }

        /** The search index alias of the stack. */
        public String indexAlias() {
            return namespace == null ? "archive-documents" : namespace + "-archive-documents";
        }
    }

    /** A free port for each service, for a stack that must not meet another on this machine. */
    public static java.util.Map<ArchiveService, Integer> freePorts() {
        java.util.Map<ArchiveService, Integer> ports = new java.util.EnumMap<>(ArchiveService.class);
        for (ArchiveService service : values()) {
            ports.put(service, org.archivist.servers.Ports.free());
        }
        return ports;
    }

    public final String module;
    public final int defaultPort;
    /**
     * The process's nice value: enrichment is batch work that takes every core it gets, so it yields to the
     * uploads and searches that people wait for (the compose file gives it fewer CPU shares for the same reason).
     */
    public final int niceness;

    /**
     * JVM options the service always runs with. Enrich: the NER model's feature extraction compiled (see
     * {@code NerModel.featureExtractionCompiled}), and the parallel collector, 8% faster than G1 for its
     * throughput work (the Docker image's launcher picks it by itself).
     */
    public final List<String> jvmOptions;

    ArchiveService(String module, int defaultPort, int niceness, List<String> jvmOptions) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.niceness = niceness;
        this.jvmOptions = jvmOptions;
    }

    /** The fast-jar that {@code ./mvnw package} builds. */
    public Path runnableJar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /**
     * The environment variables that point this service at the servers: the same names the docker
     * compose file sets, each the environment form of a property in the service's application.properties.
     */
    public Map<String, String> environment(Wiring wiring, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", wiring.kafkaBootstrapServers());
        if (wiring.namespace() != null) {
            env.put("ARCHIVE_KAFKA_PREFIX", wiring.kafkaPrefix());
        }
        switch (this) {
            case INGEST -> {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", wiring.jdbcUrl());
                env.put("QUARKUS_DATASOURCE_USERNAME", wiring.dbUsername());
                env.put("QUARKUS_DATASOURCE_PASSWORD", wiring.dbPassword());
                env.put("ARCHIVE_API_KEY", wiring.apiKey());
                webOrigin(env, wiring);
            }
            case ENRICH -> {
                env.put("QUARKUS_REST_CLIENT_INGEST_URL", wiring.ingestUrl());
                env.put("QUARKUS_DATASOURCE_JDBC_URL", wiring.jdbcUrl());
                env.put("QUARKUS_DATASOURCE_USERNAME", wiring.dbUsername());
                env.put("QUARKUS_DATASOURCE_PASSWORD", wiring.dbPassword());
                env.put("ARCHIVE_API_KEY", wiring.apiKey());
                webOrigin(env, wiring);
            }
            case SEARCH -> {
                env.put("QUARKUS_ELASTICSEARCH_HOSTS", wiring.elasticsearchHosts());
                if (wiring.namespace() != null) {
                    env.put("ARCHIVE_SEARCH_INDEX_ALIAS", wiring.indexAlias());
                }
                env.put("ARCHIVE_API_KEY", wiring.apiKey());
                if (wiring.searchUrl() != null) {
                    env.put("ARCHIVE_SEARCH_WEB_INGEST_URL", wiring.ingestUrl());
                    env.put("ARCHIVE_SEARCH_WEB_ENRICH_URL", wiring.enrichUrl());
                }
            }
        }
        return env;
    }

    private static void webOrigin(Map<String, String> env, Wiring wiring) {
        if (wiring.searchUrl() != null) {
            env.put("ARCHIVE_WEB_ORIGIN", wiring.searchUrl());
        }
    }
}
