package org.archivist.search.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.persistence.ArchiveIndex;
import org.archivist.search.query.InvalidSearch;
import org.archivist.search.query.SearchRequest;
import org.archivist.search.query.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/search")
@Tag(name = "search", description = "Full-text search over the archive")
public class SearchResource {

    private final ArchiveIndex index;
    private final SearchConfig config;

    public SearchResource(ArchiveIndex index, SearchConfig config) {
        this.index = index;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the archive; hits come with highlighted passages")
    public SearchResult search(
            @Parameter(description = "Words to find; \"quoted phrases\", -exclude, a|b for either. Blank: all.")
            @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Hits per page, 1 to the configured maximum (100)") @QueryParam("size") String size) {
        SearchRequest request;
        try {
            request = SearchRequest.of(q, page, size, config.maxPageSize(), config.maxQueryLength());
        } catch (InvalidSearch e) {
            throw HttpProblem.builder()
                    .withType(URI.create("urn:archive:problem:invalid-search"))
                    .withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Invalid search")
                    .withDetail(e.getMessage())
                    .with("parameter", e.parameter())
                    .build();
        }
        try {
            return index.search(request);
        } catch (IOException e) {
            throw HttpProblem.builder()
                    .withType(URI.create("urn:archive:problem:search-unavailable"))
                    .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                    .withTitle("Search unavailable")
                    .withDetail("The search engine does not answer; try again shortly.")
                    .withHeader("Retry-After", 5)
                    .build();
        }
    }
}
