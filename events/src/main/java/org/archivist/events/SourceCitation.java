package org.archivist.events;

import java.time.LocalDate;

/**
 * Where a transcription says its text comes from, as parsed from the document itself, e.g. "Text taken
 * from the Vol. 11 No. 11 issue of the Workers' Dreadnought (31 May 1924)". Every part may be missing.
 *
 * @param text  the citation as written
 * @param start character offset of {@code text} in the document's text
 */
public record SourceCitation(
        String periodical,
        Integer volume,
        Integer number,
        LocalDate issueDate,
        String text,
        int start) {
}
