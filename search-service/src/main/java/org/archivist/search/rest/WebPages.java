package org.archivist.search.rest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.archivist.apisecurity.ApiKeyConfig;
import org.archivist.events.Footnote;
import org.archivist.search.config.SearchConfig;
import org.archivist.search.document.DocumentView;
import org.archivist.search.page.DocumentLayout;
import org.archivist.search.page.EntityPage;
import org.archivist.search.page.SearchState;
import org.archivist.search.page.SearchView;
import org.archivist.search.persistence.DocumentSearch;
import org.archivist.search.query.InvalidSearch;
import org.archivist.search.query.SearchLimits;
import org.archivist.search.query.SearchParameters;
import org.archivist.search.query.SearchRequest;
import org.archivist.search.query.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The archive's web pages, rendered here from the same search the API runs: search, document and entity
 * for everyone; upload and authority review, whose scripts call ingest-service and enrich-service with the
 * API key the person types in. Every text of a document is escaped by the templates.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPages {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance search(SearchView view, String error);

        static native TemplateInstance document(DocumentView doc, List<DocumentLayout.Block> blocks,
                List<Footnote> notes, String original);

        static native TemplateInstance entity(EntityPage entity);

        static native TemplateInstance upload(String ingestUrl);

        static native TemplateInstance authority(String enrichUrl);

        static native TemplateInstance problem(String title, String detail);
    }

    private final DocumentSearch search;
    private final SearchLimits limits;
    private final SearchConfig config;
    private final boolean readsNeedKey;

    public WebPages(DocumentSearch search, SearchConfig config, ApiKeyConfig keys) {
        this.search = search;
        this.config = config;
        this.limits = new SearchLimits(config.maxPageSize(), config.maxQueryLength());
        this.readsNeedKey = keys.protectReads();
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        return Response.seeOther(URI.create("/search")).build();
    }

    @GET
    @Path("search")
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String q, @QueryParam("person") List<String> persons,
            @QueryParam("place") List<String> places, @QueryParam("organisation") List<String> organisations,
            @QueryParam("entity") List<String> entities, @QueryParam("periodical") List<String> periodicals, @QueryParam("language") List<String> languages,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") String sort,
            @QueryParam("page") String page) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("person", persons);
        filters.put("place", places);
        filters.put("organisation", organisations);
        filters.put("entity", entities);
        filters.put("periodical", periodicals);
        filters.put("language", languages);
        SearchState state = new SearchState(q, filters, from, to, sort, pageNumber(page));
        Optional<Response> closed = closed();
        if (closed.isPresent()) {
            return closed.get();
        }
        try {
            SearchResult result = search.search(SearchRequest.of(new SearchParameters(q, Integer.toString(state.page()),
                    "10", null, sort, persons, places, organisations, entities, periodicals, languages, null, null,
                    from, to, null, "true"), limits));
            return page(Response.Status.OK, Templates.search(SearchView.of(state, result), null));
        } catch (InvalidSearch e) {
            return page(Response.Status.BAD_REQUEST, Templates.search(SearchView.empty(state), e.getMessage()));
        } catch (IOException | ElasticsearchException e) {
            return unavailable(e);
        }
    }

    @GET
    @Path("documents/{id}")
    @Operation(hidden = true)
    public Response document(@PathParam("id") String id) {
        Optional<Response> closed = closed();
        if (closed.isPresent()) {
            return closed.get();
        }
        if (!DocumentResource.isUuid(id)) {
            return notFound("No such document", "There is no document " + id + " in the archive.");
        }
        try {
            Optional<DocumentView> found = search.document(id);
            if (found.isEmpty()) {
                return notFound("No such document", "The index has no document " + id
                        + " (it may not be enriched yet, or was deleted).");
            }
            DocumentView doc = found.get();
            List<Footnote> notes = doc.footnotes() == null ? List.of() : doc.footnotes();
            List<DocumentLayout.Block> blocks = DocumentLayout.of(doc.text(), doc.paragraphs(), doc.mentions(), notes);
            // Notes none of whose markers was found stay where the text has them, and are not listed twice.
            List<Footnote> listed = notes.stream().anyMatch(Footnote::anchored) ? notes : List.of();
            return page(Response.Status.OK, Templates.document(doc, blocks, listed,
                    config.web().ingestUrl() + "/api/documents/" + doc.id() + "/content"));
        } catch (IOException | ElasticsearchException e) {
            return unavailable(e);
        }
    }

    @GET
    @Path("entities/{id}")
    @Operation(hidden = true)
    public Response entity(@PathParam("id") String id, @QueryParam("page") String page) {
        Optional<Response> closed = closed();
        if (closed.isPresent()) {
            return closed.get();
        }
        try {
            SearchResult result = search.search(SearchRequest.of(new SearchParameters(null,
                    Integer.toString(pageNumber(page)), Integer.toString(Math.min(100, config.maxPageSize())), null, "date", null, null, null, List.of(id), null, null,
                    null, null, null, null, null, "true"), limits));
            if (result.total() == 0) {
                return notFound("No documents for this entity", "No indexed document mentions the entity " + id + ".");
            }
            return page(Response.Status.OK, Templates.entity(EntityPage.of(id, result)));
        } catch (InvalidSearch e) {
            return page(Response.Status.BAD_REQUEST, Templates.problem("Invalid request", e.getMessage()));
        } catch (IOException | ElasticsearchException e) {
            return unavailable(e);
        }
    }

    @GET
    @Path("upload")
    @Operation(hidden = true)
    public Response upload() {
        return page(Response.Status.OK, Templates.upload(config.web().ingestUrl()));
    }

    @GET
    @Path("authority")
    @Operation(hidden = true)
    public Response authority() {
        return page(Response.Status.OK, Templates.authority(config.web().enrichUrl()));
    }

    /** With reads closed to the API key, the reading pages are closed too: a browser cannot send the key header. */
    private Optional<Response> closed() {
        if (!readsNeedKey) {
            return Optional.empty();
        }
        return Optional.of(page(Response.Status.UNAUTHORIZED, Templates.problem("Reading needs the API key",
                "This archive is configured so that reading needs the API key (archive.api.protect-reads=true). "
                        + "Its pages are closed; use the API with the key.")));
    }

    private Response page(Response.Status status, TemplateInstance page) {
        return secured(Response.status(status)).entity(page).build();
    }

    /**
     * Pages run only the service's own scripts and styles, talk only to this service and the two whose APIs
     * the upload and review pages call, and are never framed: a defence behind the escaping.
     */
    private Response.ResponseBuilder secured(Response.ResponseBuilder response) {
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self'; connect-src 'self' " + origin(config.web().ingestUrl()) + " "
                        + origin(config.web().enrichUrl()) + "; frame-ancestors 'none'; base-uri 'none'; "
                        + "form-action 'self'; object-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    private static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private Response notFound(String title, String detail) {
        return page(Response.Status.NOT_FOUND, Templates.problem(title, detail));
    }

    private Response unavailable(Exception e) {
        Log.warnf("Elasticsearch unreachable for a page: %s", e.getMessage());
        return secured(Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", 5))
                .entity(Templates.problem("Search unavailable", "The search engine does not answer; try again shortly."))
                .build();
    }

    private static int pageNumber(String page) {
        try {
            return page == null || page.isBlank() ? 0 : Math.max(0, Math.min(999, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
