package org.archivist.servers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

    private final KafkaServer kafka;
    private final ElasticsearchServer elasticsearch;
    private final PostgresServer postgres;
    private final List<LocalServer> started;

    private LocalServers(KafkaServer kafka, ElasticsearchServer elasticsearch, PostgresServer postgres) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.postgres = postgres;
        List<LocalServer> all = new ArrayList<>();
        for (LocalServer s : new LocalServer[] {postgres, kafka, elasticsearch}) {
            if (s != null) {
                all.add(s);
            }
        }
        this.started = Collections.unmodifiableList(all);
    }

    /**
     * Starts {@code which} with their data under {@code dataDir}, creates the archive's topics on Kafka
     * with {@code partitions} partitions each, and returns when every server answers.
     */
    public static LocalServers start(Path dataDir, Set<Server> which, PortPlan ports, int partitions) {
        Set<Server> wanted = which.isEmpty() ? EnumSet.noneOf(Server.class) : EnumSet.copyOf(which);
        CompletableFuture<KafkaServer> kafka = wanted.contains(Server.KAFKA)
                ? CompletableFuture.supplyAsync(() -> KafkaServer.start(dataDir, port(ports.kafka())))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<ElasticsearchServer> elasticsearch = wanted.contains(Server.ELASTICSEARCH)
                ? CompletableFuture.supplyAsync(() -> ElasticsearchServer.start(dataDir, port(ports.elasticsearch())))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<PostgresServer> postgres = wanted.contains(Server.POSTGRES)
                ? CompletableFuture.supplyAsync(() -> PostgresServer.start(dataDir, port(ports.postgres())))
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
        LocalServers servers = new LocalServers(kafka.join(), elasticsearch.join(), postgres.join());
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

    private static <T> T require(T server, Server which) {
        if (server == null) {
            throw new IllegalStateException(which + " was not started");
        }
        return server;
    }

    /** Stops every server in reverse start order; a failure to stop one does not keep the others running. */
    @Override
    public void close() {
        List<LocalServer> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
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
