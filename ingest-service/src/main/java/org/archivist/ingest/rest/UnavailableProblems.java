package org.archivist.ingest.rest;

import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import org.archivist.ingest.intake.Unavailable;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The service at its capacity, or its database away: 503 problem+json with Retry-After, so that clients
 * wait and send again instead of reading a 500. A refused upload stored nothing.
 */
public class UnavailableProblems {

    @ServerExceptionMapper
    public Response unavailable(Unavailable e) {
        if (e.kind() == Unavailable.Kind.STORAGE_UNAVAILABLE) {
            Log.warnf("upload refused, the database does not answer: %s", rootMessage(e));
        }
        return Response.fromResponse(Problems.of(503, e.kind().slug, e.kind().title, e.getMessage()).toResponse())
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response databaseAway(JDBCConnectionException e) {
        return unavailable(new Unavailable(Unavailable.Kind.STORAGE_UNAVAILABLE, 5,
                "The archive's database does not answer. Try again shortly.", e));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
