package org.archivist.search.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.UUID;
import org.archivist.search.document.DocumentView;
import org.archivist.search.persistence.DocumentSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/documents")
@Tag(name = "documents", description = "Indexed documents, whole, for display")
public class DocumentResource {

    private final DocumentSearch search;

    public DocumentResource(DocumentSearch search) {
        this.search = search;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An enriched document for display: text, paragraphs, footnotes with their anchors, "
            + "signatories, citation, and the entity mentions with their offsets in the text")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", description = "No such document in the index (problem+json)")
    public DocumentView document(@PathParam("id") String id) throws IOException {
        if (!isUuid(id)) {
            throw notFound(id);
        }
        return search.document(id).orElseThrow(() -> notFound(id));
    }

    private static RuntimeException notFound(String id) {
        return Problems.notFound("document-not-found", "No such document",
                "The index has no document " + id + " (it may not be enriched yet, or was deleted).");
    }

    /** Whether the id is a document id as the archive writes them (a UUID in its canonical form). */
    static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
