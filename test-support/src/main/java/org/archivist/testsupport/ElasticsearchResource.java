package org.archivist.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at a real Elasticsearch. */
public class ElasticsearchResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.elasticsearch.hosts", TestServers.elasticsearchHosts());
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; TestServers stops it when the JVM exits.
    }
}
