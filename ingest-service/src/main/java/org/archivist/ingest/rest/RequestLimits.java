package org.archivist.ingest.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.archivist.ingest.config.IngestConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request that declares more than {@code archive.ingest.max-request-bytes} before its body is
 * read. Quarkus' own, higher limit ({@code quarkus.http.limits.max-body-size}) stops bodies sent without a
 * length as they grow ({@link RequestBodyProblems} answers those).
 */
public class RequestLimits {

    private final IngestConfig config;

    public RequestLimits(IngestConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response checkDeclaredLength(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        try {
            long length = Long.parseLong(declared.strip());
            if (length > config.maxRequestBytes()) {
                return Problems.of(413, "request-too-large", "Request too large", "The request has " + length
                        + " bytes; the limit is " + config.maxRequestBytes() + " (archive.ingest.max-request-bytes)."
                        + " Send fewer or smaller files per request.").toResponse();
            }
        } catch (NumberFormatException e) {
            return Problems.of(400, "malformed-request", "Malformed request",
                    "Content-Length is not a number.").toResponse();
        }
        return null;
    }
}
