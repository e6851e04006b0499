package org.archivist.ingest.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.archivist.events.SourceMetadata;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.intake.DocumentStatus;
import org.archivist.ingest.intake.InvalidUpload;
import org.archivist.ingest.intake.SourceFields;
import org.archivist.ingest.intake.Upload;
import org.archivist.ingest.persistence.DocumentFilter;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.ingest.service.DocumentIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api")
@Tag(name = "documents", description = "Files dropped into the archive")
public class DocumentResource {

    private static final int MAX_PAGE_SIZE = 100;

    private final DocumentIntake intake;
    private final IngestConfig config;

    public DocumentResource(DocumentIntake intake, IngestConfig config) {
        this.intake = intake;
        this.config = config;
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one or many files (multipart, each in a form field 'file'); a ZIP is unpacked")
    @APIResponse(responseCode = "202", description = "Stored; enrichment and indexing follow. One file: the document; several files or a ZIP: the batch")
    @APIResponse(responseCode = "200", description = "All the bytes were already in the archive: those documents")
    @APIResponse(responseCode = "400", description = "No file, an empty one, invalid metadata, a file name with '..' or control characters, a malformed request or an unsafe ZIP (problem+json)")
    @APIResponse(responseCode = "401", description = "No or a wrong API key (problem+json)")
    @APIResponse(responseCode = "413", description = "A file, the request or a ZIP's contents over the limits (problem+json)")
    @APIResponse(responseCode = "415", description = "A file of a kind the archive does not read; the detected type is named (problem+json)")
    public Response upload(@RestForm("file") List<FileUpload> files,
            @RestForm String periodical, @RestForm String issueDate, @RestForm String sourceUrl,
            @RestForm String language, @RestForm String collection, @RestForm("tags") List<String> tags) {
        try {
            if (files == null || files.isEmpty()) {
                throw new InvalidUpload(InvalidUpload.Kind.MISSING_FILE,
                        "Send the file as multipart/form-data in a form field named 'file' (repeat it for several files).");
            }
            SourceMetadata metadata = SourceFields.parse(periodical, issueDate, sourceUrl, language, collection, tags);
            // A body sent without a declared length is only measured once received.
            long total = files.stream().mapToLong(FileUpload::size).sum();
            if (total > config.maxRequestBytes()) {
                throw new InvalidUpload(InvalidUpload.Kind.REQUEST_TOO_LARGE, "The files of this request have " + total
                        + " bytes together; the limit is " + config.maxRequestBytes()
                        + " (archive.ingest.max-request-bytes). Send fewer or smaller files per request.");
            }
            List<Upload> uploads = new ArrayList<>();
            boolean archive = false;
            for (FileUpload file : files) {
                DocumentIntake.Prepared prepared = intake.prepare(file.fileName(), Files.readAllBytes(file.uploadedFile()));
                uploads.addAll(prepared.uploads());
                archive |= prepared.archive();
            }
            return respond(uploads, files.size() == 1 && !archive, metadata);
        } catch (InvalidUpload e) {
            throw Problems.invalidUpload(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one file as the raw request body (for scripts); the name in ?fileName=")
    @APIResponse(responseCode = "202", description = "Stored (a ZIP: its files, as a batch)")
    @APIResponse(responseCode = "200", description = "The same bytes were already in the archive: that document")
    @APIResponse(responseCode = "400", description = "Empty body, invalid metadata, a file name with '..' or control characters, or an unsafe ZIP (problem+json)")
    @APIResponse(responseCode = "401", description = "No or a wrong API key (problem+json)")
    @APIResponse(responseCode = "413", description = "Over the size limits (problem+json)")
    @APIResponse(responseCode = "415", description = "A kind of file the archive does not read, or a body declared as JSON (problem+json)")
    public Response uploadRaw(@Parameter(description = "The file's name") @QueryParam("fileName") String fileName,
            @BeanParam SourceQuery source, @HeaderParam("Content-Type") String contentType, InputStream body) {
        return raw(fileName, contentType, body, source);
    }

    @PUT
    @Path("uploads/{fileName}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one file by name as the raw request body: curl -T file.txt .../api/uploads/")
    @APIResponse(responseCode = "202", description = "Stored (a ZIP: its files, as a batch)")
    @APIResponse(responseCode = "200", description = "The same bytes were already in the archive: that document")
    @APIResponse(responseCode = "400", description = "Empty body, invalid metadata, a file name with '..' or control characters, or an unsafe ZIP (problem+json)")
    @APIResponse(responseCode = "401", description = "No or a wrong API key (problem+json)")
    @APIResponse(responseCode = "413", description = "Over the size limits (problem+json)")
    @APIResponse(responseCode = "415", description = "A kind of file the archive does not read, or a body declared as JSON (problem+json)")
    public Response put(@PathParam("fileName") String fileName, @BeanParam SourceQuery source,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        return raw(fileName, contentType, body, source);
    }

    /** What the uploader knows of the source, as query parameters of a raw upload (all optional). */
    public static class SourceQuery {
        @QueryParam("periodical")
        String periodical;
        @QueryParam("issueDate")
        String issueDate;
        @QueryParam("sourceUrl")
        String sourceUrl;
        @QueryParam("language")
        String language;
        @QueryParam("collection")
        String collection;
        @QueryParam("tags")
        List<String> tags;

        SourceMetadata parse() {
            return SourceFields.parse(periodical, issueDate, sourceUrl, language, collection, tags);
        }
    }

    private Response raw(String fileName, String contentType, InputStream body, SourceQuery source) {
        try {
            if (contentType != null && contentType.matches("(?i)\\s*application/([a-z0-9.+-]*\\+)?json\\b.*")) {
                // Often metadata sent to the wrong endpoint; never a transcription (any other declared type is
                // ignored: the type is found from the bytes, and curl's --data-binary declares a form).
                throw new InvalidUpload(InvalidUpload.Kind.UNSUPPORTED_TYPE, "The body is declared as JSON; the"
                        + " archive takes documents (text, HTML, Markdown, PDF, Word, ODT, EPUB, RTF, ZIP): send the"
                        + " file's bytes, or use multipart/form-data for a file and its metadata.");
            }
            SourceMetadata metadata = source.parse();
            DocumentIntake.Prepared prepared = intake.prepare(fileName, readAtMost(body, config.maxRequestBytes()));
            return respond(prepared.uploads(), !prepared.archive(), metadata);
        } catch (InvalidUpload e) {
            throw Problems.invalidUpload(e);
        }
    }

    /**
     * Reads a raw body, stopping as soon as it is over the limit: a body sent without a length is measured
     * as it comes, and refused before the framework's own, higher limit is reached.
     */
    private static byte[] readAtMost(InputStream body, long max) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new InvalidUpload(InvalidUpload.Kind.REQUEST_TOO_LARGE, "The request is over the limit of " + max
                        + " bytes (archive.ingest.max-request-bytes). Send fewer or smaller files per request.");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidUpload(InvalidUpload.Kind.MALFORMED_REQUEST,
                    "The request body could not be read: " + e.getMessage() + ".");
        }
    }

    private Response respond(List<Upload> uploads, boolean single, SourceMetadata metadata) {
        if (single) {
            DocumentIntake.Intake result = intake.accept(uploads.get(0), metadata);
            URI location = URI.create("/api/documents/" + result.document().id);
            return Response.status(result.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                    .location(location).entity(UploadAccepted.of(result)).build();
        }
        DocumentIntake.BatchIntake batch = intake.acceptBatch(uploads, metadata);
        URI location = URI.create("/api/batches/" + batch.batchId());
        boolean anyNew = batch.documents().stream().anyMatch(d -> !d.duplicate());
        return Response.status(anyNew ? Response.Status.ACCEPTED : Response.Status.OK).location(location)
                .entity(new BatchAccepted(batch.batchId(), location.toString(),
                        batch.documents().stream().map(UploadAccepted::of).toList()))
                .build();
    }

    @GET
    @Path("documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List documents, newest first, filtered by status, collection and time received")
    @APIResponse(responseCode = "200", description = "One page of documents")
    @APIResponse(responseCode = "400", description = "An invalid filter or page (problem+json)")
    public DocumentPage list(
            @Parameter(description = "RECEIVED, ENRICHED, INDEXED or FAILED") @QueryParam("status") String status,
            @QueryParam("collection") String collection,
            @Parameter(description = "Received at or after: 2025-04-29 or 2025-04-29T10:00:00Z") @QueryParam("receivedFrom") String from,
            @Parameter(description = "Received before (a date: up to its end)") @QueryParam("receivedTo") String to,
            @Parameter(description = "From 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        DocumentFilter filter = filter(status, collection, from, to);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, 20, 1, MAX_PAGE_SIZE);
        return QuarkusTransaction.requiringNew().call(() -> {
            PanacheQuery<StoredDocument> query = filter.find().page(Page.of(pageNumber, pageSize));
            return new DocumentPage(query.count(), pageNumber, pageSize,
                    query.list().stream().map(DocumentView::of).toList());
        });
    }

    /** Reads the filter parameters shared by the listing and the replay; 400 for any that is invalid. */
    static DocumentFilter filter(String status, String collection, String from, String to) {
        DocumentStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            parsedStatus = DocumentStatus.parse(status);
            if (parsedStatus == null) {
                throw Problems.invalidParameter("status", "status must be RECEIVED, ENRICHED, INDEXED or FAILED.");
            }
        }
        return new DocumentFilter(parsedStatus == null ? null : parsedStatus.name(),
                collection == null || collection.isBlank() ? null : collection.strip(),
                from == null || from.isBlank() ? null : instant("receivedFrom", from, false),
                to == null || to.isBlank() ? null : instant("receivedTo", to, true));
    }

    @DELETE
    @Path("documents/{id}")
    @Operation(summary = "Delete a document; enrich and search drop it too (a tombstone follows it down the pipeline)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Not a document id (problem+json)")
    @APIResponse(responseCode = "401", description = "No or a wrong API key (problem+json)")
    @APIResponse(responseCode = "404", description = "No such document (problem+json)")
    public Response delete(@PathParam("id") String id) {
        UUID documentId = Problems.documentId(id);
        if (!intake.delete(documentId)) {
            throw Problems.documentNotFound(documentId);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("documents/{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send one document down the pipeline again, e.g. a FAILED one after its cause was fixed")
    @APIResponse(responseCode = "202", description = "On its way; its status is RECEIVED again")
    @APIResponse(responseCode = "400", description = "Not a document id (problem+json)")
    @APIResponse(responseCode = "401", description = "No or a wrong API key (problem+json)")
    @APIResponse(responseCode = "404", description = "No such document (problem+json)")
    public Response replay(@PathParam("id") String id) {
        UUID documentId = Problems.documentId(id);
        intake.find(documentId).orElseThrow(() -> Problems.documentNotFound(documentId));
        intake.replay(List.of(documentId));
        StoredDocument document = intake.find(documentId).orElseThrow(() -> Problems.documentNotFound(documentId));
        return Response.accepted(DocumentView.of(document)).build();
    }

    @GET
    @Path("documents/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the archive stored of a document, and its status")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "400", description = "Not a document id (problem+json)")
    @APIResponse(responseCode = "404", description = "No such document (problem+json)")
    public DocumentView get(@PathParam("id") String id) {
        UUID documentId = Problems.documentId(id);
        StoredDocument document = intake.find(documentId).orElseThrow(() -> Problems.documentNotFound(documentId));
        return DocumentView.of(document);
    }

    @GET
    @Path("documents/{id}/content")
    @Operation(summary = "The original bytes of a document, as uploaded")
    @APIResponse(responseCode = "200", description = "The bytes, with the detected media type")
    @APIResponse(responseCode = "400", description = "Not a document id (problem+json)")
    @APIResponse(responseCode = "404", description = "No such document (problem+json)")
    public Response content(@PathParam("id") String id) {
        UUID documentId = Problems.documentId(id);
        StoredDocument document = intake.find(documentId).orElseThrow(() -> Problems.documentNotFound(documentId));
        byte[] bytes = intake.content(documentId).orElseThrow(() -> Problems.documentNotFound(documentId)).bytes;
        return Response.ok(bytes, document.mediaType)
                .header("Content-Disposition", contentDisposition(document.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    /** RFC 6266: an ASCII fallback name, and the real one percent-encoded as UTF-8. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static int number(String parameter, String raw, int absent, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw Problems.invalidParameter(parameter, parameter + " must be between " + min + " and " + max + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw Problems.invalidParameter(parameter, parameter + " must be a whole number.");
        }
    }

    static Instant instant(String parameter, String raw, boolean endOfDay) {
        String value = raw.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw Problems.invalidParameter(parameter, parameter + " must be a date (2025-04-29) or an instant"
                        + " (2025-04-29T10:00:00Z).");
            }
        }
    }
}
