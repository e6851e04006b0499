package org.archivist.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of hits. */
public record SearchResult(long total, long tookMs, int page, int size, List<Hit> hits) {

    /**
     * @param highlights per field, the matching passages with the matched words in {@code <mark>}; all other
     *                   text in them is HTML-escaped
     */
    public record Hit(String id, String title, String fileName, String mediaType, Instant receivedAt, double score,
            Map<String, List<String>> highlights) {
    }
}
