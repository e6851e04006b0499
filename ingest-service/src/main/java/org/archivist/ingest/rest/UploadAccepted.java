package org.archivist.ingest.rest;

import java.util.UUID;

/**
 * The answer to an upload.
 *
 * @param duplicate true when the same bytes were already in the archive: {@code id} is that document
 */
public record UploadAccepted(UUID id, boolean duplicate, String location, DocumentView document) {
}
