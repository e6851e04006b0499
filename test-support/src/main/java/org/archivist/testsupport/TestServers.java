package org.archivist.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.archivist.events.Topics;
import org.archivist.servers.ElasticsearchServer;
import org.archivist.servers.Folders;
import org.archivist.servers.KafkaServer;
import org.archivist.servers.Ports;
import org.archivist.servers.PostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The real servers a test run needs, each started at most once per JVM and stopped when it exits.
 * Where they come from, in order: environment variables naming running servers; Testcontainers when a
 * Docker engine answers; else the project's own no-Docker launcher (deploy/local-servers).
 */
public final class TestServers {

    public static final String KAFKA_ENV = "ARCHIVE_TEST_KAFKA_BOOTSTRAP_SERVERS";
    public static final String ELASTICSEARCH_ENV = "ARCHIVE_TEST_ELASTICSEARCH_HOSTS";
    public static final String DB_URL_ENV = "ARCHIVE_TEST_DB_URL";
    public static final String DB_USERNAME_ENV = "ARCHIVE_TEST_DB_USERNAME";
    public static final String DB_PASSWORD_ENV = "ARCHIVE_TEST_DB_PASSWORD";

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";
    static final String POSTGRES_IMAGE = "postgres:15-alpine";

    /** Connection settings of a PostgreSQL database. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    /** The HTTP header that carries the API key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private static final String API_KEY = java.util.UUID.randomUUID().toString();
    private static final List<AutoCloseable> STARTED = new ArrayList<>();
    private static String kafka;
    private static KafkaServer localKafka;
    private static KafkaContainer kafkaContainer;
    private static String elasticsearch;
    private static Database database;
    private static Boolean docker;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestServers::stopAll, "test-servers-stop"));
    }

    private TestServers() {
    }

    /** A key made for this test run; the services under test get it as their API key. */
    public static String apiKey() {
        return API_KEY;
    }

    /** Kafka's bootstrap servers, with the archive's topics created. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = env(KAFKA_ENV).orElseGet(() -> {
                if (dockerAvailable()) {
                    kafkaContainer = new KafkaContainer(KAFKA_IMAGE);
                    kafkaContainer.start();
                    STARTED.add(kafkaContainer::stop);
                    return kafkaContainer.getBootstrapServers();
                }
                localKafka = KafkaServer.start(freshDataDir("kafka"), Ports.free());
                STARTED.add(() -> localKafka.stop());
                return localKafka.bootstrapServers();
            });
            KafkaServer.createTopics(kafka, Topics.ALL, 1);
        }
        return kafka;
    }

    /** Whether this run started Kafka itself, and so can take it away and bring it back. */
    public static synchronized boolean canInterruptKafka() {
        kafkaBootstrapServers();
        return localKafka != null || kafkaContainer != null;
    }

    /**
     * Takes Kafka away (the local broker stops; a container is paused), runs {@code whileDown}, then brings
     * it back at the same address with its data, and waits until it answers.
     */
    public static synchronized void withKafkaDown(Runnable whileDown) {
        if (!canInterruptKafka()) {
            throw new IllegalStateException("Kafka was given by " + KAFKA_ENV + ": this run cannot stop it");
        }
        if (localKafka != null) {
            int port = Integer.parseInt(localKafka.bootstrapServers().substring(localKafka.bootstrapServers().lastIndexOf(':') + 1));
            localKafka.stop();
            try {
                whileDown.run();
            } finally {
                localKafka = KafkaServer.start(localKafka.home().getParent(), port);
            }
        } else {
            var docker = kafkaContainer.getDockerClient();
            docker.pauseContainerCmd(kafkaContainer.getContainerId()).exec();
            try {
                whileDown.run();
            } finally {
                docker.unpauseContainerCmd(kafkaContainer.getContainerId()).exec();
            }
        }
    }

    /** Elasticsearch as {@code host:port}. */
    public static synchronized String elasticsearchHosts() {
        if (elasticsearch == null) {
            elasticsearch = env(ELASTICSEARCH_ENV).orElseGet(() -> {
                if (dockerAvailable()) {
                    ElasticsearchContainer container = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                            .withEnv("xpack.security.enabled", "false")
                            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
                    container.start();
                    STARTED.add(container::stop);
                    return container.getHttpHostAddress();
                }
                ElasticsearchServer server = ElasticsearchServer.start(freshDataDir("elasticsearch"), Ports.free());
                STARTED.add(server);
                return server.hostAndPort();
            });
        }
        return elasticsearch;
    }

    public static synchronized Database database() {
        if (database == null) {
            Optional<String> url = env(DB_URL_ENV);
            if (url.isPresent()) {
                database = new Database(url.get(), env(DB_USERNAME_ENV).orElse("archive"),
                        env(DB_PASSWORD_ENV).orElse(""));
            } else if (dockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE)
                        .withDatabaseName("archive").withUsername("archive").withPassword("archive");
                container.start();
                STARTED.add(container::stop);
                database = new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            } else {
                PostgresServer server = PostgresServer.start(freshDataDir("postgres"), Ports.free());
                STARTED.add(server);
                database = new Database(server.jdbcUrl(), server.username(), server.password());
            }
        }
        return database;
    }

    /**
     * A database of its own on the tests' PostgreSQL, created empty: for a pipeline in a namespace of its own,
     * whose ingest-service must not relay, replay or count the rows of another's (they share the server).
     */
    public static Database databaseOfItsOwn(String name) {
        Database shared = database();
        String db = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(shared.jdbcUrl(), shared.username(),
                shared.password()); java.sql.Statement statement = c.createStatement()) {
            statement.execute("create database " + db);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the database " + db + " on " + shared.jdbcUrl(), e);
        }
        String url = shared.jdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return new Database(base.substring(0, base.lastIndexOf('/') + 1) + db + (query < 0 ? "" : url.substring(query)),
                shared.username(), shared.password());
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    private static boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                docker = false;
            }
        }
        return docker;
    }

    /** A new, empty folder for one server's data under the module's target/. */
    private static Path freshDataDir(String server) {
        return Folders.recreate(Path.of("target", "test-servers", server).toAbsolutePath());
    }

    private static synchronized void stopAll() {
        for (int i = STARTED.size() - 1; i >= 0; i--) {
            try {
                STARTED.get(i).close();
            } catch (Exception e) {
                System.err.println("[test-servers] could not stop a server: " + e);
            }
        }
        STARTED.clear();
    }
}
