package org.archivist.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives a {@code @QuarkusTest} the API key of this test run ({@link TestServers#apiKey()}). */
public class ApiKeyResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("archive.api.key", TestServers.apiKey());
    }

    @Override
    public void stop() {
        // nothing started
    }
}
