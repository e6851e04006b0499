package org.archivist.ingest.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.archivist.ingest.persistence.DocumentFilter;
import org.archivist.ingest.service.DocumentIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin")
@Tag(name = "admin", description = "Operations on the whole archive (API key required)")
public class AdminResource {

    /** How many documents a replay sent down the pipeline again. */
    public record ReplayStarted(int documents) {
    }

    private final DocumentIntake intake;

    public AdminResource(DocumentIntake intake) {
        this.intake = intake;
    }

    @POST
    @Path("replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send stored documents down the pipeline again (all, or those matching the filter),"
            + " e.g. after the enrichment rules or the authority file changed")
    @APIResponse(responseCode = "202", description = "The documents are on their way; their status is RECEIVED again")
    @APIResponse(responseCode = "400", description = "An invalid filter (problem+json)")
    @APIResponse(responseCode = "401", description = "No or a wrong API key (problem+json)")
    public Response replay(@QueryParam("status") String status, @QueryParam("collection") String collection,
            @QueryParam("receivedFrom") String from, @QueryParam("receivedTo") String to) {
        DocumentFilter filter = DocumentResource.filter(status, collection, from, to);
        return Response.accepted(new ReplayStarted(intake.replay(filter))).build();
    }
}
