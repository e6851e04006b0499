package org.archivist.ingest.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.archivist.ingest.intake.InvalidUpload;

/** The problem+json answers of this API, each with a type URI that clients can rely on. */
final class Problems {

    static final String TYPE_PREFIX = "urn:archive:problem:";

    private Problems() {
    }

    static HttpProblem of(Response.Status status, String slug, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + slug))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }

    static HttpProblem invalidUpload(InvalidUpload e) {
        return of(Response.Status.BAD_REQUEST, e.kind().slug, e.kind().title, e.getMessage());
    }

    static UUID documentId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw of(Response.Status.BAD_REQUEST, "invalid-document-id", "Invalid document id",
                    "'" + abbreviate(raw) + "' is not a document id (a UUID such as 5f0e8a52-8a3e-4b8f-bb0e-1d7c9f3b2a10).");
        }
    }

    static HttpProblem documentNotFound(UUID id) {
        return of(Response.Status.NOT_FOUND, "document-not-found", "Document not found",
                "No document with id " + id + ".");
    }

    private static String abbreviate(String raw) {
        String printable = raw.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
