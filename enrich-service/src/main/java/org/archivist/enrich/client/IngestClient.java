package org.archivist.enrich.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service, for the bytes of documents too big to travel inside their event. */
@RegisterRestClient(configKey = "ingest")
@Path("/api/documents")
public interface IngestClient {

    @GET
    @Path("{id}/content")
    byte[] content(@PathParam("id") UUID id);
}
