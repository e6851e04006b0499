package org.archivist.search.config;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.Dependent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.message.BasicHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The HTTP client under the Elasticsearch client, tuned for many small searches. Elasticsearch's client puts a
 * Basic scheme for each node in Apache HttpClient's auth cache, and that cache keeps each scheme serialised:
 * every request paid a Java deserialisation for it, credentials or not (a search profile showed it). Caching is
 * off; with credentials ({@code quarkus.elasticsearch.username}/{@code password}), every request carries them
 * from the start, as the cache made it do, so nothing waits for a 401 challenge.
 */
@ElasticsearchClientConfig
@Dependent
public class ElasticsearchHttp implements RestClientBuilder.HttpClientConfigCallback {

    private final Optional<String> username;
    private final Optional<String> password;

    public ElasticsearchHttp(@ConfigProperty(name = "quarkus.elasticsearch.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.elasticsearch.password") Optional<String> password) {
        this.username = username;
        this.password = password;
    }

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        builder.disableAuthCaching();
        basicAuthorization(username, password).ifPresent(value ->
                builder.setDefaultHeaders(List.of(new BasicHeader("Authorization", value))));
        return builder;
    }

    /** The Authorization header value for the configured user, if one is. */
    static Optional<String> basicAuthorization(Optional<String> username, Optional<String> password) {
        return username.filter(u -> !u.isBlank()).map(u -> "Basic " + Base64.getEncoder()
                .encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
    }
}
