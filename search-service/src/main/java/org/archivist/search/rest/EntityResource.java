package org.archivist.search.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.persistence.DocumentSearch;
import org.archivist.search.query.SearchLimits;
import org.archivist.search.query.SearchParameters;
import org.archivist.search.query.SearchRequest;
import org.archivist.search.query.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/entities")
@Tag(name = "entities", description = "Documents by the persons, places and organisations they mention")
public class EntityResource {

    /**
     * The documents that mention an entity, and the entity as they name it.
     *
     * @param entity the entity as the first document has it: id, type, preferred label and variants
     */
    public record EntityDocuments(SearchResult.MatchedEntity entity, long total, int page, int size, String nextCursor,
            List<SearchResult.Hit> hits) {
    }

    private final DocumentSearch search;
    private final SearchLimits limits;

    public EntityResource(DocumentSearch search, SearchConfig config) {
        this.search = search;
        this.limits = new SearchLimits(config.maxPageSize(), config.maxQueryLength());
    }

    @GET
    @Path("/{id}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The documents that mention an entity of the authority file, oldest first by default")
    @APIResponse(responseCode = "200", description = "A page of documents")
    @APIResponse(responseCode = "400", description = "A parameter cannot be used as sent (problem+json naming it)")
    @APIResponse(responseCode = "404", description = "No indexed document mentions this entity (problem+json)")
    public EntityDocuments documents(
            @Parameter(description = "The authority file's entity id") @PathParam("id") String id,
            @Parameter(description = "date (oldest first, default), -date or relevance") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Documents per page, 1 to the configured maximum (100)") @QueryParam("size") String size,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor)
            throws IOException {
        SearchRequest request = SearchRequest.of(new SearchParameters(null, page, size, cursor,
                sort == null || sort.isBlank() ? "date" : sort, null, null, null, List.of(id), null, null, null, null,
                null, null, null, "false"), limits);
        SearchResult result = search.search(request);
        if (result.total() == 0) {
            throw Problems.notFound("entity-not-found", "No documents for this entity",
                    "No indexed document mentions the entity " + id + ".");
        }
        SearchResult.MatchedEntity entity = result.hits().stream().flatMap(h -> h.matchedEntities().stream())
                .filter(e -> id.equals(e.id())).findFirst().orElse(new SearchResult.MatchedEntity(id, null, null, List.of()));
        return new EntityDocuments(entity, result.total(), result.page(), result.size(), result.nextCursor(),
                result.hits());
    }
}
