package org.archivist.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import org.archivist.ingest.intake.InvalidUpload;
import org.archivist.ingest.intake.Upload;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.ingest.service.DocumentIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/documents")
@Tag(name = "documents", description = "Files dropped into the archive")
public class DocumentResource {

    private final DocumentIntake intake;

    public DocumentResource(DocumentIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a file (multipart form field 'file')")
    @APIResponse(responseCode = "202", description = "Stored; enrichment and indexing follow")
    @APIResponse(responseCode = "200", description = "The same bytes were already in the archive: that document")
    @APIResponse(responseCode = "400", description = "No file, or an empty one (problem+json)")
    public Response upload(@RestForm("file") FileUpload file) {
        try {
            if (file == null) {
                throw new InvalidUpload(InvalidUpload.Kind.MISSING_FILE,
                        "Send the file as multipart/form-data in a form field named 'file'.");
            }
            Upload upload = new Upload(file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()));
            DocumentIntake.Intake result = intake.accept(upload);
            URI location = URI.create("/api/documents/" + result.document().id);
            UploadAccepted body = new UploadAccepted(result.document().id, result.duplicate(), location.toString(),
                    DocumentView.of(result.document()));
            return Response.status(result.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                    .location(location).entity(body).build();
        } catch (InvalidUpload e) {
            throw Problems.invalidUpload(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the archive stored of a document")
    public DocumentView get(@PathParam("id") String id) {
        UUID documentId = Problems.documentId(id);
        StoredDocument document = intake.find(documentId).orElseThrow(() -> Problems.documentNotFound(documentId));
        return DocumentView.of(document);
    }

    @GET
    @Path("{id}/content")
    @Operation(summary = "The original bytes of a document, as uploaded")
    public Response content(@PathParam("id") String id) {
        UUID documentId = Problems.documentId(id);
        StoredDocument document = intake.find(documentId).orElseThrow(() -> Problems.documentNotFound(documentId));
        byte[] bytes = intake.content(documentId).orElseThrow(() -> Problems.documentNotFound(documentId)).bytes;
        return Response.ok(bytes, document.mediaType)
                .header("Content-Disposition", contentDisposition(document.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** RFC 6266: an ASCII fallback name, and the real one percent-encoded as UTF-8. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
