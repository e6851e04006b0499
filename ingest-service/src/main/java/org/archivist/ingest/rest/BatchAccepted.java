package org.archivist.ingest.rest;

import java.util.List;
import java.util.UUID;

/** The answer to a request that dropped several files or a ZIP: one entry per file, in order. */
public record BatchAccepted(UUID batchId, String location, List<UploadAccepted> documents) {
}
