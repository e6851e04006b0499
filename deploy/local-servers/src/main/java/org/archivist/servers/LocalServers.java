package org.archivist.servers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.archivist.events.Topics;

/**
 * Starts the real servers the archive needs, in parallel, and stops them in reverse order. Used by the
 * tests (when no servers are given and Docker is missing) and by the one-command local stack.
 */
public final class LocalServers implements AutoCloseable {

    public enum Server { KAFKA, ELASTICSEARCH, POSTGRES }

    /** Ports for each server; 0 picks a free one. */
    public record PortPlan(int kafka, int elasticsearch, int postgres) {

        public static final PortPlan STANDARD = new PortPlan(9092, 9200, 5432);
        public static final PortPlan ANY_FREE = new PortPlan(0, 0, 0);
    }

    private final Path dataDir;
    private final PortPlan ports;
    private volatile KafkaServer kafka;
    private volatile ElasticsearchServer elasticsearch;
    private volatile PostgresServer postgres;

    private LocalServers(Path dataDir, PortPlan ports, KafkaServer kafka, ElasticsearchServer elasticsearch,
            PostgresServer postgres) {
        this.dataDir = dataDir;
        this.ports = ports;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.postgres = postgres;
    }

    /**
     * Starts {@code which} with their data under {@code dataDir}, creates the archive's topics on Kafka
     * with {@code partitions} partitions each, and returns when every server answers.
     */
    public static LocalServers start(Path dataDir, Set<Server> which, PortPlan ports, int partitions) {
        Set<Server> wanted = which.isEmpty() ? EnumSet.noneOf(Server.class) : EnumSet.copyOf(which);
        PortPlan chosen = new PortPlan(port(ports.kafka()), port(ports.elasticsearch()), port(ports.postgres()));
        CompletableFuture<KafkaServer> kafka = wanted.contains(Server.KAFKA)
                ? CompletableFuture.supplyAsync(() -> KafkaServer.start(dataDir, chosen.kafka()))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<ElasticsearchServer> elasticsearch = wanted.contains(Server.ELASTICSEARCH)
                ? CompletableFuture.supplyAsync(() -> ElasticsearchServer.start(dataDir, chosen.elasticsearch()))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<PostgresServer> postgres = wanted.contains(Server.POSTGRES)
                ? CompletableFuture.supplyAsync(() -> PostgresServer.start(dataDir, chosen.postgres()))
                : CompletableFuture.completedFuture(null);
        try {
            CompletableFuture.allOf(kafka, elasticsearch, postgres).join();
        } catch (CompletionException e) {
            // Stop what did come up before reporting what did not.
            for (CompletableFuture<? extends LocalServer> f : List.of(kafka, elasticsearch, postgres)) {
                f.thenAccept(s -> {
                    if (s != null) {
                        s.stop();
                    }
                }).exceptionally(ignored -> null).join();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        LocalServers servers = new LocalServers(dataDir, chosen, kafka.join(), elasticsearch.join(), postgres.join());
        if (servers.kafka != null) {
            servers.kafka.createTopics(Topics.ALL, partitions);
        }
        return servers;
    }

    private static int port(int planned) {
        return planned == 0 ? Ports.free() : planned;
    }

    public KafkaServer kafka() {
        return require(kafka, Server.KAFKA);
    }

    public ElasticsearchServer elasticsearch() {
        return require(elasticsearch, Server.ELASTICSEARCH);
    }

    public PostgresServer postgres() {
        return require(postgres, Server.POSTGRES);
    }

    /** Kills {@code which} with SIGKILL, as a crash would (see {@link #restart}). */
    public void kill(Server which) {
        server(which).kill();
    }

    /** Starts {@code which} again on its port and its data, after {@link #kill} or a crash; returns when it answers. */
    public void restart(Server which) {
        try {
            server(which).stop(); // nothing left running on its port or its data
        } catch (RuntimeException alreadyGone) {
            // a killed server may fail to stop; its start checks the port and the data
        }
        switch (which) {
            case KAFKA -> kafka = KafkaServer.start(dataDir, ports.kafka());
            case ELASTICSEARCH -> elasticsearch = ElasticsearchServer.start(dataDir, ports.elasticsearch());
            case POSTGRES -> postgres = PostgresServer.start(dataDir, ports.postgres());
        }
    }

    private LocalServer server(Server which) {
        return switch (which) {
            case KAFKA -> kafka();
            case ELASTICSEARCH -> elasticsearch();
            case POSTGRES -> postgres();
        };
    }

    private static <T> T require(T server, Server which) {
        if (server == null) {
            throw new IllegalStateException(which + " was not started");
        }
        return server;
    }

    /** Stops every server in reverse start order; a failure to stop one does not keep the others running. */
    @Override
    public void close() {
        List<LocalServer> reversed = new ArrayList<>();
        for (LocalServer s : new LocalServer[] {elasticsearch, kafka, postgres}) {
            if (s != null) {
                reversed.add(s);
            }
        }
        RuntimeException first = null;
        for (LocalServer server : reversed) {
            try {
                server.stop();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
