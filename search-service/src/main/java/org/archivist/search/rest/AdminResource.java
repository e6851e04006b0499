package org.archivist.search.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.archivist.apisecurity.ApiKeyCheck;
import org.archivist.apisecurity.ApiKeyConfig;
import org.archivist.apisecurity.ApiKeyFilter;
import org.archivist.search.persistence.AnalysisSupport;
import org.archivist.search.persistence.ArchiveIndex;
import org.archivist.search.persistence.IndexMapping;
import org.archivist.search.persistence.Reindexer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operating the index. Every request needs the API key, reads included. */
@Path("/api/admin")
@Tag(name = "admin", description = "Operating the index (API key required)")
public class AdminResource {

    /**
     * The index behind the alias and what it was built with, next to what the cluster offers now.
     *
     * @param building the index a reindex is building, or null
     */
    public record IndexInfo(String alias, String index, int mappingVersion, int serviceMappingVersion,
            AnalysisSupport analysis, AnalysisSupport clusterAnalysis, List<String> missingAnalysis, String building,
            long segments) {
    }

    /** A merge started: the index, the segments asked for, and Elasticsearch's task doing it. */
    public record MergeStarted(String index, int maxSegments, String task) {
    }

    private final ArchiveIndex index;
    private final Reindexer reindexer;
    private final ApiKeyCheck keys;

    public AdminResource(ArchiveIndex index, Reindexer reindexer, ApiKeyConfig config) {
        this.index = index;
        this.reindexer = reindexer;
        this.keys = new ApiKeyCheck(config.key(), true);
    }

    @GET
    @Path("/index")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The index behind the alias, its mapping version and text analysis, and what the cluster offers")
    public IndexInfo info(@HeaderParam(ApiKeyFilter.HEADER) String key, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth)
            throws IOException {
        requireKey(key, auth);
        ArchiveIndex.IndexState state = index.reload();
        AnalysisSupport cluster = index.clusterAnalysis();
        return new IndexInfo(index.alias(), state.index(), state.mappingVersion(), IndexMapping.MAPPING_VERSION,
                state.analysis(), cluster, cluster.missing(), index.buildingIndex().orElse(null), index.segments());
    }

    @POST
    @Path("/index/merge")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge the index behind the alias into few segments, in the background: once a backlog is "
            + "loaded, searches get faster (measured in the README); follow it with GET /api/admin/index")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "400", description = "segments out of range (problem+json)")
    public Response merge(@Parameter(description = "at most this many segments, 1 to 100")
            @QueryParam("segments") @DefaultValue("1") String segments) throws IOException {
        int max;
        try {
            max = Integer.parseInt(segments.strip());
        } catch (NumberFormatException e) {
            max = 0;
        }
        if (max < 1 || max > 100) {
            throw Problems.invalidParameter("segments", "segments must be a whole number from 1 to 100.");
        }
        ArchiveIndex.IndexState state = index.ensureExists();
        String task = index.merge(max);
        return Response.accepted(new MergeStarted(state.index(), max, task))
                .location(URI.create("/api/admin/index")).build();
    }

    @POST
    @Path("/reindex")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Build the next index version from the current one (this service's mapping, the cluster's "
            + "best analysis) while search and indexing go on, then swap the alias to it")
    @APIResponse(responseCode = "202", description = "Started; follow it with GET /api/admin/reindex")
    @APIResponse(responseCode = "409", description = "A reindex is already running (problem+json)")
    public Response reindex(@Parameter(description = "true: delete the old index once the alias points at the new one")
            @QueryParam("deleteOld") boolean deleteOld) throws IOException {
        Reindexer.Status started = reindexer.start(deleteOld);
        return Response.accepted(started).location(URI.create("/api/admin/reindex")).build();
    }

    @GET
    @Path("/reindex")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The state of the last reindex this instance ran")
    @APIResponse(responseCode = "200", description = "Its status")
    @APIResponse(responseCode = "404", description = "This instance ran none (problem+json)")
    public Reindexer.Status reindexStatus(@HeaderParam(ApiKeyFilter.HEADER) String key,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        requireKey(key, auth);
        Reindexer.Status status = reindexer.status();
        if (status == null) {
            throw Problems.notFound("no-reindex", "No reindex", "This instance has run no reindex since it started.");
        }
        return status;
    }

    @DELETE
    @Path("/reindex")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop an index left half-built by an instance that died (the -next alias and its index)")
    public Reindexer.Status abandon() throws IOException {
        Reindexer.Status status = reindexer.abandon();
        if (status == null) {
            throw Problems.notFound("no-reindex", "No reindex", "No index is being built.");
        }
        return status;
    }

    private void requireKey(String key, String authorization) {
        ApiKeyCheck.Verdict verdict = keys.check("GET", "/api/admin", ApiKeyCheck.presented(key, authorization));
        if (verdict != ApiKeyCheck.Verdict.NONE) {
            throw HttpProblem.builder()
                    .withType(URI.create("urn:archive:problem:" + switch (verdict) {
                        case MISSING -> "missing-api-key";
                        case WRONG -> "invalid-api-key";
                        default -> "api-key-not-configured";
                    }))
                    .withStatus(Response.Status.UNAUTHORIZED)
                    .withTitle("API key required")
                    .withDetail("The admin API needs the archive's API key in the " + ApiKeyFilter.HEADER + " header.")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"")
                    .build();
        }
    }
}
