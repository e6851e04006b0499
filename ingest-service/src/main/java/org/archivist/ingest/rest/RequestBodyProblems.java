package org.archivist.ingest.rest;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The framework reads request bodies before any resource runs (our own code wraps its I/O errors), so
 * an IOException that reaches here is the client's body: over the size limit, or malformed multipart.
 */
public class RequestBodyProblems {

    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Request too large")) {
            return Problems.of(413, "request-too-large", "Request too large",
                    "The request is over the size limit (quarkus.http.limits.max-body-size); send fewer or smaller"
                            + " files per request.").toResponse();
        }
        return Problems.of(400, "malformed-request", "Malformed request",
                "The request body could not be read: " + Problems.abbreviate(message) + ".").toResponse();
    }
}
