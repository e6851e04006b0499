package org.archivist.ingest.rest;

import java.util.List;

/** One page of a document listing. */
public record DocumentPage(long total, int page, int size, List<DocumentView> documents) {
}
