package org.archivist.events;

import java.time.LocalDate;
import java.util.List;

/**
 * What the uploader said about a file's source, all optional: the periodical, the issue date, where the
 * transcription was copied from, its language (BCP 47), the archive collection and free tags.
 */
public record SourceMetadata(
        String periodical,
        LocalDate issueDate,
        String sourceUrl,
        String language,
        String collection,
        List<String> tags) {

    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null, List.of());

    public SourceMetadata {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
