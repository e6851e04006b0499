package org.archivist.search.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CompletionStage;
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

@Path("/api/search")
@Tag(name = "search", description = "Full-text search over the archive")
public class SearchResource {

    private final DocumentSearch search;
    private final SearchLimits limits;

    public SearchResource(DocumentSearch search, SearchConfig config) {
        this.search = search;
        this.limits = new SearchLimits(config.maxPageSize(), config.maxQueryLength());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the archive; hits come with highlighted passages, the entities and spelling "
            + "variants that matched, and facets")
    @APIResponse(responseCode = "200", description = "A page of hits")
    @APIResponse(responseCode = "400", description = "A parameter cannot be used as sent (problem+json naming it)")
    @APIResponse(responseCode = "503", description = "Elasticsearch does not answer (problem+json, Retry-After)")
    public CompletionStage<SearchResult> search(
            @Parameter(description = "Words to find, in any spelling the authority file knows: \"quoted phrase\", "
                    + "-exclude (or NOT word), a OR b, prefix*. Blank: every document.") @QueryParam("q") String q,
            @Parameter(description = "A person the document mentions: entity id, preferred label or any variant; "
                    + "repeat for several (all must be mentioned)") @QueryParam("person") List<String> persons,
            @Parameter(description = "A place, as for person") @QueryParam("place") List<String> places,
            @Parameter(description = "An organisation, as for person") @QueryParam("organisation") List<String> organisations,
            @Parameter(description = "An entity id of any type; repeat for several (all must be mentioned)")
            @QueryParam("entity") List<String> entities,
            @Parameter(description = "Periodical, exactly as in the periodicals facet (any case); repeat for any of several")
            @QueryParam("periodical") List<String> periodicals,
            @Parameter(description = "Language code (en, de, ...); repeat for any of several") @QueryParam("language") List<String> languages,
            @Parameter(description = "Collection; repeat for any of several") @QueryParam("collection") List<String> collections,
            @Parameter(description = "Tag; repeat for several (all must be there)") @QueryParam("tag") List<String> tags,
            @Parameter(description = "Issued on or after: 1924, 1924-05 or 1924-05-31") @QueryParam("from") String from,
            @Parameter(description = "Issued on or before: 1924, 1924-05 or 1924-05-31") @QueryParam("to") String to,
            @Parameter(description = "true: only documents with footnotes; false: only without") @QueryParam("hasFootnotes") String hasFootnotes,
            @Parameter(description = "relevance (default), date (oldest first) or -date (newest first)") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 0; page × size stays under 10,000 (beyond, use cursor)") @QueryParam("page") String page,
            @Parameter(description = "Hits per page, 1 to the configured maximum (100)") @QueryParam("size") String size,
            @Parameter(description = "nextCursor of the previous page, for deep paging (same q, filters and sort)")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "false: leave out the facets") @QueryParam("facets") String facets) {
        return search.searchAsync(SearchRequest.of(new SearchParameters(q, page, size, cursor, sort, persons, places,
                organisations, entities, periodicals, languages, collections, tags, from, to, hasFootnotes, facets),
                limits));
    }
}
