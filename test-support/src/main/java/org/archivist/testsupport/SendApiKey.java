package org.archivist.testsupport;

import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(SendApiKey.class)}: every REST Assured request of the test class carries this run's
 * API key ({@link TestServers#apiKey()}), as an authorised client's would.
 */
public class SendApiKey implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.filters((request, response, next) -> {
            request.header(TestServers.API_KEY_HEADER, TestServers.apiKey());
            return next.next(request, response);
        });
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RestAssured.replaceFiltersWith(List.of());
    }
}
