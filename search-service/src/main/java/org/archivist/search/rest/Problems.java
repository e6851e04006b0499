package org.archivist.search.rest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import org.archivist.search.persistence.Reindexer;
import org.archivist.search.query.InvalidSearch;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refusal of this API is {@code application/problem+json} with a stable {@code type}: a request that
 * cannot be run as sent is a 400 naming its parameter; Elasticsearch being away or overloaded is a 503 with
 * Retry-After. Nothing a client sends makes a 500.
 */
public class Problems {

    static HttpProblem invalid(String parameter, String detail) {
        return badRequest("invalid-search", "Invalid search", parameter, detail);
    }

    static HttpProblem invalidParameter(String parameter, String detail) {
        return badRequest("invalid-parameter", "Invalid parameter", parameter, detail);
    }

    private static HttpProblem badRequest(String slug, String title, String parameter, String detail) {
        return HttpProblem.builder()
                .withType(URI.create("urn:archive:problem:" + slug))
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle(title)
                .withDetail(detail)
                .with("parameter", parameter)
                .build();
    }

    static HttpProblem notFound(String slug, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create("urn:archive:problem:" + slug))
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }

    static HttpProblem unavailable() {
        return HttpProblem.builder()
                .withType(URI.create("urn:archive:problem:search-unavailable"))
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Search unavailable")
                .withDetail("The search engine does not answer; try again shortly.")
                .withHeader("Retry-After", 5)
                .build();
    }

    @ServerExceptionMapper
    public Response invalidSearch(InvalidSearch e) {
        return invalid(e.parameter(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response elasticsearchUnreachable(IOException e) {
        Log.warnf("Elasticsearch unreachable: %s", e.getMessage());
        return unavailable().toResponse();
    }

    @ServerExceptionMapper
    public Response elasticsearchRefused(ElasticsearchException e) {
        if (e.status() == 400) {
            // The service builds every query itself: a refusal is our fault, but the request cannot be run as sent.
            Log.warnf("Elasticsearch refused a query: %s", e.getMessage());
            return invalid("q", "This search cannot be run; rephrase it.").toResponse();
        }
        if (e.status() == 404) {
            Log.warnf("Elasticsearch has no such index: %s", e.getMessage());
        } else {
            Log.warnf("Elasticsearch failed a request: %s", e.getMessage());
        }
        return unavailable().toResponse();
    }

    @ServerExceptionMapper
    public Response reindexRunning(Reindexer.AlreadyRunning e) {
        return HttpProblem.builder()
                .withType(URI.create("urn:archive:problem:reindex-running"))
                .withStatus(Response.Status.CONFLICT)
                .withTitle("A reindex is running")
                .withDetail(e.getMessage())
                .build()
                .toResponse();
    }
}
