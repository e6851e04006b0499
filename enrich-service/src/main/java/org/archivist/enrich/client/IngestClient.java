package org.archivist.enrich.client;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ingest-service, for the bytes of documents too big to travel inside their event. The archive's API key goes
 * along, for an ingest-service whose reads are protected.
 */
@RegisterRestClient(configKey = "ingest")
@org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam(name = "X-API-Key", value = "${archive.api.key}",
        required = false)
@Path("/api/documents")
public interface IngestClient {

    /**
     * While ingest-service cannot be reached, tries again with growing pauses for about ten minutes
     * (the partition waits meanwhile) before the event goes to the dead-letter topic.
     */
    @GET
    @Path("{id}/content")
    @Retry(maxRetries = 40, delay = 500, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            retryOn = ProcessingException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    byte[] content(@PathParam("id") UUID id);
}
