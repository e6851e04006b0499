package org.archivist.ingest.rest;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import org.archivist.ingest.config.IngestConfig;

/**
 * Refuses a request that declares more than {@code archive.ingest.max-request-bytes} before its body is
 * read, with the API's problem+json. It runs ahead of the framework's own check on
 * {@code quarkus.http.limits.max-body-size} (set higher), which would answer without a body. A body sent
 * without a length is measured as it comes (DocumentResource), or, for multipart, by the framework
 * (RequestBodyProblems).
 */
public class OversizedRequests {

    void register(@Observes Router router, IngestConfig config) {
        long max = config.maxRequestBytes();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            if (declared == null) {
                ctx.next();
                return;
            }
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                refuse(ctx.response(), 400, "malformed-request", "Malformed request", "Content-Length is not a number.");
                return;
            }
            if (length > max) {
                refuse(ctx.response(), 413, "request-too-large", "Request too large", "The request has " + length
                        + " bytes; the limit is " + max + " (archive.ingest.max-request-bytes)."
                        + " Send fewer or smaller files per request.");
                return;
            }
            ctx.next();
        });
    }

    private static void refuse(io.vertx.core.http.HttpServerResponse response, int status, String slug, String title,
            String detail) {
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close")
                .end(new JsonObject()
                        .put("type", Problems.TYPE_PREFIX + slug)
                        .put("title", title)
                        .put("status", status)
                        .put("detail", detail)
                        .encode());
    }
}
