package org.archivist.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.archivist.events.Topics;

/** One Kafka broker in KRaft mode (broker and controller in one process), from the kafka_2.13 artifact. */
public final class KafkaServer implements LocalServer {

    private final Path home;
    private final int port;
    private final ServerProcess process;

    private KafkaServer(Path home, int port, ServerProcess process) {
        this.home = home;
        this.port = port;
        this.process = process;
    }

    /** Starts a broker on {@code port} (its controller on a free port) with its data under {@code dataDir/kafka}. */
    public static KafkaServer start(Path dataDir, int port) {
        Path home = dataDir.resolve("kafka").toAbsolutePath();
        Path pidFile = home.resolve("kafka.pid");
        ServerProcess.killStale(pidFile, home.toString());
        Ports.requireFree(port, "Kafka");
        try {
            Files.createDirectories(home);
            Path config = writeConfig(home, port, controllerPort(home));
            Path log4j = home.resolve("log4j2.properties");
            Files.writeString(log4j, """
                    status = warn
                    appender.console.type = Console
                    appender.console.name = STDOUT
                    appender.console.layout.type = PatternLayout
                    appender.console.layout.pattern = [%d] %p %m (%c)%n
                    rootLogger.level = warn
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    logger.started.name = kafka.server.KafkaRaftServer
                    logger.started.level = info
                    """);
            String classpath = Distributions.kafkaLibs().resolve("*").toString();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            if (!Files.exists(home.resolve("logs").resolve("meta.properties"))) {
                Commands.check(List.of(java, "-cp", classpath, "-Dlog4j2.configurationFile=" + log4j,
                        "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                        "-c", config.toString()), home);
            }
            ServerProcess process = ServerProcess.start("Kafka", List.of(java,
                    "-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                    "-Dlog4j2.configurationFile=" + log4j, "-Darchive.server.home=" + home,
                    "-cp", classpath, "kafka.Kafka", config.toString()),
                    home, Map.of(), home.resolve("kafka.log"), Optional.empty());
            Files.writeString(pidFile, Long.toString(process.pid()));
            KafkaServer server = new KafkaServer(home, port, process);
            Readiness.await("Kafka on port " + port, Duration.ofSeconds(90), process, server::answers);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The controller port of an earlier start on this data, so that a restart finds its quorum again. */
    private static int controllerPort(Path home) throws IOException {
        Path existing = home.resolve("server.properties");
        if (Files.exists(existing)) {
            Properties previous = new Properties();
            try (var in = Files.newBufferedReader(existing)) {
                previous.load(in);
            }
            String voters = previous.getProperty("controller.quorum.voters", "");
            int colon = voters.lastIndexOf(':');
            if (colon > 0) {
                return Integer.parseInt(voters.substring(colon + 1).trim());
            }
        }
        return Ports.free();
    }

    private static Path writeConfig(Path home, int port, int controllerPort) throws IOException {
        Path config = home.resolve("server.properties");
        Files.writeString(config, """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=true
                message.max.bytes=%4$d
                """.formatted(port, controllerPort, home.resolve("logs"), Topics.MAX_MESSAGE_BYTES));
        return config;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path home() {
        return home;
    }

    /** Creates the topics that do not exist yet, each taking records up to {@link Topics#MAX_MESSAGE_BYTES}. */
    public void createTopics(Collection<String> topics, int partitions) {
        createTopics(bootstrapServers(), topics, partitions);
    }

    /** Creates the topics that do not exist yet on any Kafka, local or not. */
    public static void createTopics(String bootstrapServers, Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)
                            .configs(Map.of("max.message.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES))))
                    .toList();
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + topics + " on " + bootstrapServers, e);
        }
    }

    private boolean answers() {
        try (Admin admin = Admin.create(adminConfig(bootstrapServers()))) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private static Properties adminConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return config;
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
