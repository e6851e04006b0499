package org.archivist.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at a real PostgreSQL database. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestServers.Database db = TestServers.database();
        return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; TestServers stops it when the JVM exits.
    }
}
