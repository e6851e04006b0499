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

    static HttpProblem of(int status, String slug, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + slug))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }

    static HttpProblem invalidUpload(InvalidUpload e) {
        return of(e.kind().status, e.kind().slug, e.kind().title, e.getMessage());
    }

    static HttpProblem invalidParameter(String parameter, String detail) {
        return HttpProblem.builder(of(400, "invalid-parameter", "Invalid parameter", detail))
                .with("parameter", parameter).build();
    }

    static UUID id(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw of(Response.Status.BAD_REQUEST.getStatusCode(), "invalid-" + what + "-id", "Invalid " + what + " id",
                    "'" + abbreviate(raw) + "' is not a " + what + " id (a UUID such as 5f0e8a52-8a3e-4b8f-bb0e-1d7c9f3b2a10).");
        }
    }

    static UUID documentId(String raw) {
        return id(raw, "document");
    }

    static HttpProblem notFound(String what, UUID id) {
        return of(404, what + "-not-found", Character.toUpperCase(what.charAt(0)) + what.substring(1) + " not found",
                "No " + what + " with id " + id + ".");
    }

    static HttpProblem documentNotFound(UUID id) {
        return notFound("document", id);
    }

    static String abbreviate(String raw) {
        String printable = raw.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
