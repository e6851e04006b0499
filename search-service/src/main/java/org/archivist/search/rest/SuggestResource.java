package org.archivist.search.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.persistence.DocumentSearch;
import org.archivist.search.query.Suggestions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/suggest")
@Tag(name = "suggest", description = "Autocomplete")
public class SuggestResource {

    private final DocumentSearch search;
    private final int maxSuggestions;

    public SuggestResource(DocumentSearch search, SearchConfig config) {
        this.search = search;
        this.maxSuggestions = config.maxSuggestions();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Entities (by any of their names, or from a later word of a name) and document titles "
            + "that start with the prefix, in any case; entities first")
    @APIResponse(responseCode = "200", description = "The suggestions")
    @APIResponse(responseCode = "400", description = "No prefix, or a size out of bounds (problem+json)")
    public Suggestions suggest(
            @Parameter(description = "The start of a name or title", required = true) @QueryParam("prefix") String prefix,
            @Parameter(description = "How many, 1 to the configured maximum (20); default 10") @QueryParam("size") String size)
            throws IOException {
        return search.suggest(Suggestions.prefix(prefix), Suggestions.size(size, maxSuggestions));
    }
}
