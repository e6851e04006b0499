package org.archivist.ingest.rest;

import java.util.UUID;
import org.archivist.ingest.service.DocumentIntake;

/**
 * The answer for one uploaded file.
 *
 * @param duplicate true when the same bytes were already in the archive: {@code id} is that document
 */
public record UploadAccepted(UUID id, boolean duplicate, String location, DocumentView document) {

    static UploadAccepted of(DocumentIntake.Intake intake) {
        return new UploadAccepted(intake.document().id, intake.duplicate(), "/api/documents/" + intake.document().id,
                DocumentView.of(intake.document()));
    }
}
