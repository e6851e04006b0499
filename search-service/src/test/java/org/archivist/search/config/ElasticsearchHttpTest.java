package org.archivist.search.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Elasticsearch client with {@link ElasticsearchHttp} against an HTTP server that asks for Basic credentials
 * as Elasticsearch does: a client with a user sends them on every request from the first, so none is answered
 * 401 first; a client without one sends none.
 */
class ElasticsearchHttpTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(authorization));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            if (authorization == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
                exchange.sendResponseHeaders(401, body.length);
            } else {
                exchange.sendResponseHeaders(200, body.length);
            }
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldSendTheCredentialsWithEveryRequestFromTheFirst() throws Exception {
        ElasticsearchHttp http = new ElasticsearchHttp(Optional.of("archive"), Optional.of("s3cret:é"));
        try (RestClient client = client(http, true)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, client.performRequest(new Request("GET", "/_cluster/health"))
                        .getStatusLine().getStatusCode());
            }
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString("archive:s3cret:é".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(expected, expected, expected), authorizations);
    }

    @Test
    void shouldSendNoCredentialsWithoutAUser() throws Exception {
        ElasticsearchHttp http = new ElasticsearchHttp(Optional.empty(), Optional.empty());
        try (RestClient client = client(http, false)) {
            try {
                client.performRequest(new Request("GET", "/"));
            } catch (org.elasticsearch.client.ResponseException e) {
                assertEquals(401, e.getResponse().getStatusLine().getStatusCode());
            }
        }
        assertEquals(List.of("null"), authorizations);
        assertNull(ElasticsearchHttp.basicAuthorization(Optional.of(" "), Optional.of("x")).orElse(null));
    }

    /** As Quarkus builds it: the credentials provider first (when a user is set), then the callbacks. */
    private RestClient client(ElasticsearchHttp http, boolean credentials) {
        return RestClient.builder(new HttpHost("127.0.0.1", server.getAddress().getPort(), "http"))
                .setHttpClientConfigCallback(builder -> {
                    if (credentials) {
                        BasicCredentialsProvider provider = new BasicCredentialsProvider();
                        provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("archive", "s3cret:é"));
                        builder.setDefaultCredentialsProvider(provider);
                    }
                    return http.customizeHttpClient(builder);
                }).build();
    }
}
