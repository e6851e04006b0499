package org.archivist.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at a real Kafka with the archive's topics. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestServers.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; TestServers stops it when the JVM exits.
    }
}
